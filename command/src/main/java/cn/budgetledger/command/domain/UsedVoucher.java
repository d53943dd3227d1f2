package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.ReversalEnteredEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a voucher number of a unit-year was used for: a payment (with the reversal that took it back, if any) or a
 * reversal; or, for a voucher not used, its latest refused attempt. Its content rather than a digest of it, enough to
 * reverse a payment and to recognise a document sent again: a year read from its events remembers every voucher,
 * and hashing each one as it was read cost more than the comparison a rare retry needs. In a year that requires
 * review a payment or reversal is first entered (awaiting review, with who entered it); a returned entry, like a
 * refused attempt, leaves its voucher free.
 *
 * @param summary   a payment's 摘要, a reversal's 冲销事由
 * @param reverses  a reversal's original payment voucher
 * @param available a refused attempt's available balance, the answer it met
 * @param enteredBy who entered an entry awaiting review: never its reviewer
 */
// Kept in the aggregate's snapshot while awaiting review: only its components are its form.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record UsedVoucher(Use use, LocalDate date, LineKey line, Money amount, String payee, String summary,
                          String reverses, String reversedBy, Money available, String enteredBy) {

    public enum Use {
        PAYMENT, REVERSAL, REFUSED_ATTEMPT, PAYMENT_AWAITING_REVIEW, REVERSAL_AWAITING_REVIEW, RETURNED;

        /** An entry and the payment or reversal its approval records are the same document. */
        private Use document() {
            return switch (this) {
                case PAYMENT_AWAITING_REVIEW -> PAYMENT;
                case REVERSAL_AWAITING_REVIEW -> REVERSAL;
                default -> this;
            };
        }
    }

    public static UsedVoucher payment(LocalDate date, LineKey line, Money amount, String payee, String summary) {
        return new UsedVoucher(Use.PAYMENT, date, line, amount, payee, summary, null, null, null, null);
    }

    /** A reversal's line and amount are those of the payment it reverses, so they are not part of its content. */
    public static UsedVoucher reversal(String reverses, LocalDate date, String reason) {
        return new UsedVoucher(Use.REVERSAL, date, null, null, null, reason, reverses, null, null, null);
    }

    public static UsedVoucher refusedAttempt(LocalDate date, LineKey line, Money requested, Money available) {
        return new UsedVoucher(Use.REFUSED_ATTEMPT, date, line, requested, null, null, null, null, available, null);
    }

    public static UsedVoucher of(PaymentEnteredEvent event) {
        return new UsedVoucher(Use.PAYMENT_AWAITING_REVIEW, event.date(), event.line(), event.amount(), event.payee(),
                event.summary(), null, null, null, event.enteredBy());
    }

    public static UsedVoucher of(ReversalEnteredEvent event) {
        return new UsedVoucher(Use.REVERSAL_AWAITING_REVIEW, event.date(), null, null, null, event.reason(),
                event.originalVoucher(), null, null, event.enteredBy());
    }

    /** What a returned voucher keeps: that it was returned, and why. */
    public static UsedVoucher of(EntryReturnedEvent event) {
        return new UsedVoucher(Use.RETURNED, null, null, null, null, event.reason(), null, null, null, null);
    }

    public static UsedVoucher of(PaymentRecordedEvent event) {
        return payment(event.date(), event.line(), event.amount(), event.payee(), event.summary());
    }

    public static UsedVoucher of(PaymentReversedEvent event) {
        return reversal(event.originalVoucher(), event.date(), event.reason());
    }

    public static UsedVoucher of(PaymentRefusedEvent event) {
        return refusedAttempt(event.date(), event.line(), event.requested(), event.available());
    }

    public UsedVoucher reversedBy(String reversalVoucher) {
        return new UsedVoucher(use, date, line, amount, payee, summary, reverses, reversalVoucher, available, enteredBy);
    }

    public boolean isPayment() {
        return use == Use.PAYMENT;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }

    public boolean isAwaitingReview() {
        return use == Use.PAYMENT_AWAITING_REVIEW || use == Use.REVERSAL_AWAITING_REVIEW;
    }

    /** A payment or reversal on the books, whether or not it was reviewed. */
    public boolean isRecorded() {
        return use == Use.PAYMENT || use == Use.REVERSAL;
    }

    /** A refused or returned voucher is not used up: it may still be paid. */
    public boolean isUsedUp() {
        return use != Use.REFUSED_ATTEMPT && use != Use.RETURNED;
    }

    /**
     * The same document sent again: the same use and content. A payment reversed since is still that payment, and an
     * entry is the same document awaiting review or approved.
     */
    public boolean isSentAgainAs(UsedVoucher sent) {
        return use.document() == sent.use.document() && Objects.equals(date, sent.date) && Objects.equals(line, sent.line)
                && Objects.equals(amount, sent.amount) && Objects.equals(payee, sent.payee)
                && Objects.equals(summary, sent.summary) && Objects.equals(reverses, sent.reverses)
                && Objects.equals(available, sent.available);
    }
}
