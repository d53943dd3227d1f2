package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;

import java.time.LocalDate;
import java.util.List;

/**
 * 年终结转, what became of each unspent balance, named by the closed year's own lines: 项目支出 balances carried
 * forward (结转; {@link BudgetYearClosedEvent#carriedForward()} names the same money by the next year's lines) and
 * 基本支出 balances that lapse (结余). Applied just before the closing; a year closed before it existed has none.
 */
public record YearEndBalancesEvent(UnitYear budget, LocalDate date, List<Allocation> carriedForward,
                                   List<Allocation> lapsed) {
}
