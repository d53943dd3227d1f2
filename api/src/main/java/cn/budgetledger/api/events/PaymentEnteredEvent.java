package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/**
 * 制单: a payment entered in a unit-year that requires review. It reserves its amount on the line (待审核) and is not
 * executed until a reviewer other than {@code enteredBy} approves it.
 */
public record PaymentEnteredEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money amount,
                                  String payee, String summary, String enteredBy) {
}
