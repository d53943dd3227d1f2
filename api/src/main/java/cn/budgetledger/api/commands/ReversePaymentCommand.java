package cn.budgetledger.api.commands;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Reverses (冲销/红冲) a recorded payment in full, under a voucher number of its own. The amount, when
 * given, must be the original's: a check against reversing the wrong voucher.
 */
public record ReversePaymentCommand(@TargetAggregateIdentifier UnitYear budget, String voucher,
                                    String originalVoucher, LocalDate date, Money amount, String reason) {
}
