package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * A journal of payments of one unit-year (bulk import), handled in one unit of work, each payment by the
 * same rules as on its own. Answered with one {@link PaymentOutcome} per payment, in order.
 */
public record RecordPaymentsCommand(@TargetAggregateIdentifier UnitYear budget, List<RecordPaymentCommand> payments) {
}
