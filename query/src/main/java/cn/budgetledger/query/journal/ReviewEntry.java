package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of a unit-year that requires review, with its outcome: 待审核, 已通过 or 已退回.
 *
 * @param kind           支付 or 冲销
 * @param originalVoucher a reversal's payment
 */
public record ReviewEntry(String voucher, String kind, LocalDate date, String functionalCode, String economicCode,
                          String projectCode, String fundSource, Money amount, String payee, String summary,
                          String originalVoucher, String enteredBy, Instant enteredAt, String status, String decidedBy,
                          Instant decidedAt, String returnReason) {
}
