package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;

/**
 * What the aggregate remembers of a payment: enough to reverse it and to recognise a retry. Kept small,
 * because a busy year holds a hundred thousand of them and every snapshot writes them all: the line is
 * its place in the year's line order, the amount fen, the date its epoch day.
 */
public record RecordedPayment(int line, long fen, long epochDay, String contentDigest, String reversedBy) {

    static RecordedPayment of(int line, Money amount, LocalDate date, String contentDigest) {
        return new RecordedPayment(line, amount.fen(), date.toEpochDay(), contentDigest, null);
    }

    Money amount() {
        return Money.ofFen(fen);
    }

    LocalDate date() {
        return LocalDate.ofEpochDay(epochDay);
    }

    @JsonIgnore
    boolean isReversed() {
        return reversedBy != null;
    }

    RecordedPayment reversedBy(String reversalVoucher) {
        return new RecordedPayment(line, fen, epochDay, contentDigest, reversalVoucher);
    }
}
