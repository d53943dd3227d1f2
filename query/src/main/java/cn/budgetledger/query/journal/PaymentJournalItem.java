package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the payments journal (formats.md, "Journals"): status 已支付, 已冲销, 待审核 or 已退回. */
public record PaymentJournalItem(String voucher, LocalDate date, String functionalCode, String economicCode,
                                 String projectCode, String fundSource, Money amount, String payee, String summary,
                                 String status, String reversedBy, String recordedBy, Instant recordedAt) {
}
