package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator turns review (制单 → 审核 → 记账) on or off for a unit-year. */
public record SetReviewRequirementCommand(@TargetAggregateIdentifier UnitYear budget, boolean required) {
}
