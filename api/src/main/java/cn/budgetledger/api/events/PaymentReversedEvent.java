package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/** 冲销: the whole amount of the original payment comes back to its line. */
public record PaymentReversedEvent(UnitYear budget, String voucher, String originalVoucher, LocalDate date,
                                   LineKey line, Money amount, String reason) {
}
