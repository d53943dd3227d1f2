package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;

import java.time.LocalDate;

/** What the aggregate remembers of a payment: enough to reverse it and to recognise a retry. */
public record RecordedPayment(LineKey line, Money amount, LocalDate date, String contentDigest, String reversedBy) {

    boolean isReversed() {
        return reversedBy != null;
    }

    RecordedPayment reversedBy(String reversalVoucher) {
        return new RecordedPayment(line, amount, date, contentDigest, reversalVoucher);
    }
}
