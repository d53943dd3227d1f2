package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records an approval document (预算批复): the 年初预算 of one or more lines. The document number makes
 * it idempotent.
 */
public record AllocateBudgetCommand(@TargetAggregateIdentifier UnitYear budget, String approvalDocument,
                                    LocalDate date, List<Allocation> allocations) {
}
