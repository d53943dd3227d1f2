package cn.budgetledger.api.commands;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Sets (or revises) a line's spending plan (用款计划) for the whole year: the months named, the others planned at
 * zero. Answered with a {@link DocumentOutcome}: the same plan again changes nothing.
 */
public record SetSpendingPlanCommand(@TargetAggregateIdentifier UnitYear budget, LineKey line, List<PlanMonth> months) {
}
