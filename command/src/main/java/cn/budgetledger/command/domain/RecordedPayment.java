package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.PaymentRecordedEvent;

import java.time.LocalDate;

/**
 * What the unit-year remembers of a payment: enough to reverse it and to recognise a retry. Kept small, because
 * a busy year held in memory remembers a hundred thousand: the line is its place in the year's line order.
 */
record RecordedPayment(int line, Money amount, LocalDate date, String contentDigest, String reversedBy)
        implements UsedVoucher {

    static RecordedPayment of(PaymentRecordedEvent event, int line) {
        return new RecordedPayment(line, event.amount(), event.date(), digestOf(event), null);
    }

    static String digestOf(PaymentRecordedEvent event) {
        return ContentDigest.of(event.date(), event.line(), event.amount(), event.payee(), event.summary());
    }

    boolean isReversed() {
        return reversedBy != null;
    }

    RecordedPayment reversedBy(String reversalVoucher) {
        return new RecordedPayment(line, amount, date, contentDigest, reversalVoucher);
    }
}
