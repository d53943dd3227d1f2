package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Opens the closed year's unspent 项目支出 balances in the next year as 上年结转结余 lines, opening
 * that year first if nobody has yet.
 */
public record CarryForwardBalancesCommand(@TargetAggregateIdentifier UnitYear budget, UnitYear closedYear,
                                          String unitName, String parentCode, List<Allocation> balances) {
}
