package cn.budgetledger.command.domain;

import cn.budgetledger.api.events.PaymentReversedEvent;

import java.time.LocalDate;

/** What the unit-year remembers of a reversal: enough to recognise a retry. */
record RecordedReversal(String contentDigest) implements UsedVoucher {

    static RecordedReversal of(PaymentReversedEvent event) {
        return new RecordedReversal(digestOf(event.originalVoucher(), event.date(), event.reason()));
    }

    static String digestOf(String originalVoucher, LocalDate date, String reason) {
        return ContentDigest.of(originalVoucher, date, reason);
    }
}
