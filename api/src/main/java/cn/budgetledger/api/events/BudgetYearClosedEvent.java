package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;

import java.time.LocalDate;
import java.util.List;

/** 年终结转: the year takes no more entries; the balances listed go on to the next year. */
public record BudgetYearClosedEvent(UnitYear budget, LocalDate date, String unitName, String parentCode,
                                    List<Allocation> carriedForward) {
}
