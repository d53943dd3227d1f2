package cn.budgetledger.api.commands;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Files a correction document (更正): the 年初预算 that an approval document gave one line was mistyped, and is
 * corrected to this amount. Its own document number makes it idempotent; it is not a 科目调整.
 */
public record CorrectAllocationCommand(@TargetAggregateIdentifier UnitYear budget, String documentNumber,
                                       LocalDate date, String approvalDocument, LineKey line,
                                       Money correctedAmount, String reason) {
}
