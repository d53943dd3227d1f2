package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 审核通过 an entry awaiting review; the reviewer is the command's recordedBy. Answered with a {@link PaymentOutcome}. */
public record ApproveEntryCommand(@TargetAggregateIdentifier UnitYear budget, String voucher) {
}
