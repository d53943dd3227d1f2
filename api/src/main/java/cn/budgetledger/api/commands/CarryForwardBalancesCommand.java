package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Opens the closed year's unspent 项目支出 balances in the next year as 上年结转结余 lines, opening
 * that year first if nobody has yet; a year opened so reviews its entries when the closed one did.
 */
public record CarryForwardBalancesCommand(@TargetAggregateIdentifier UnitYear budget, UnitYear closedYear,
                                          String unitName, String parentCode, List<Allocation> balances,
                                          boolean reviewRequired) {

    /** From a year that did not review its entries. */
    public CarryForwardBalancesCommand(UnitYear budget, UnitYear closedYear, String unitName, String parentCode,
                                       List<Allocation> balances) {
        this(budget, closedYear, unitName, parentCode, balances, false);
    }
}
