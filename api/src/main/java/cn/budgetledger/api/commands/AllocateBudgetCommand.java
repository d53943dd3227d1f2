package cn.budgetledger.api.commands;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records an approval document (预算批复) of a 指标类型: the 年初预算 of one or more lines. The document number
 * makes it idempotent.
 */
public record AllocateBudgetCommand(@TargetAggregateIdentifier UnitYear budget, String approvalDocument,
                                    LocalDate date, List<Allocation> allocations, AllocationType allocationType) {

    /** A 年初批复 document. */
    public AllocateBudgetCommand(UnitYear budget, String approvalDocument, LocalDate date, List<Allocation> allocations) {
        this(budget, approvalDocument, date, allocations, AllocationType.INITIAL_APPROVAL);
    }
}
