package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 退回 an entry awaiting review, with the reason its enterer reads. */
public record ReturnEntryCommand(@TargetAggregateIdentifier UnitYear budget, String voucher, String reason) {
}
