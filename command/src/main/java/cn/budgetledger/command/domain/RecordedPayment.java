package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.PaymentRecordedEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the unit-year remembers of a payment: enough to reverse it and to recognise a retry. Its content itself
 * rather than a digest of it: a year read from its events remembers every payment, and hashing each one as it
 * was read cost more than the comparison a rare retry needs. The line is the year's own key, not the event's copy.
 */
record RecordedPayment(LineKey line, Money amount, LocalDate date, String payee, String summary, String reversedBy)
        implements UsedVoucher {

    static RecordedPayment of(PaymentRecordedEvent event, LineKey line) {
        return new RecordedPayment(line, event.amount(), event.date(), event.payee(), event.summary(), null);
    }

    /** The same document sent again: same date, line, amount, payee and summary. */
    boolean isSentAgainAs(PaymentRecordedEvent payment) {
        return date.equals(payment.date()) && line.equals(payment.line()) && amount.equals(payment.amount())
                && Objects.equals(payee, payment.payee()) && Objects.equals(summary, payment.summary());
    }

    boolean isReversed() {
        return reversedBy != null;
    }

    RecordedPayment reversedBy(String reversalVoucher) {
        return new RecordedPayment(line, amount, date, payee, summary, reversalVoucher);
    }
}
