package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a unit's fiscal year so that its approved budget can be allocated. */
public record OpenBudgetYearCommand(@TargetAggregateIdentifier UnitYear budget, String unitName, String parentCode) {
}
