package cn.budgetledger.command.domain;

import cn.budgetledger.api.events.PaymentReversedEvent;

import java.time.LocalDate;
import java.util.Objects;

/** What the unit-year remembers of a reversal: enough to recognise a retry, its content as a payment keeps its own. */
record RecordedReversal(String originalVoucher, LocalDate date, String reason) implements UsedVoucher {

    static RecordedReversal of(PaymentReversedEvent event) {
        return new RecordedReversal(event.originalVoucher(), event.date(), event.reason());
    }

    /** The same reversal sent again: same payment reversed, same date and reason. */
    boolean isSentAgainAs(String originalVoucher, LocalDate date, String reason) {
        return this.originalVoucher.equals(originalVoucher) && this.date.equals(date)
                && Objects.equals(this.reason, reason);
    }
}
