package cn.budgetledger.api.commands;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Asks to pay from a line (支付). Answered with a {@link PaymentOutcome}. */
public record RecordPaymentCommand(@TargetAggregateIdentifier UnitYear budget, String voucher, LocalDate date,
                                   LineKey line, Money amount, String payee, String summary) {
}
