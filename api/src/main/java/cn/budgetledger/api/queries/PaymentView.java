package cn.budgetledger.api.queries;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;

import java.time.LocalDate;

/** A recorded payment; reversalVoucher is null while it stands. */
public record PaymentView(String voucher, LocalDate date, LineKey line, Money amount, String reversalVoucher) {
}
