package cn.budgetledger.command.domain;

import cn.budgetledger.api.events.PaymentReversedEvent;

/** What the unit-year remembers of a reversal: enough to recognise a retry. */
record RecordedReversal(String contentDigest) implements UsedVoucher {

    static RecordedReversal of(PaymentReversedEvent event) {
        return new RecordedReversal(ContentDigest.of(event.originalVoucher(), event.date(), event.reason()));
    }
}
