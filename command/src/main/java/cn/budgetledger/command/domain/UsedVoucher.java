package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a voucher number of a unit-year was used for: a payment (with the reversal that took it back, if any) or a
 * reversal; or, for a voucher not used, its latest refused attempt. Its content rather than a digest of it, enough to
 * reverse a payment and to recognise a document sent again: a year read from its events remembers every voucher,
 * and hashing each one as it was read cost more than the comparison a rare retry needs.
 *
 * @param summary   a payment's 摘要, a reversal's 冲销事由
 * @param reverses  a reversal's original payment voucher
 * @param available a refused attempt's available balance, the answer it met
 */
public record UsedVoucher(Use use, LocalDate date, LineKey line, Money amount, String payee, String summary,
                          String reverses, String reversedBy, Money available) {

    public enum Use { PAYMENT, REVERSAL, REFUSED_ATTEMPT }

    public static UsedVoucher payment(LocalDate date, LineKey line, Money amount, String payee, String summary) {
        return new UsedVoucher(Use.PAYMENT, date, line, amount, payee, summary, null, null, null);
    }

    /** A reversal's line and amount are those of the payment it reverses, so they are not part of its content. */
    public static UsedVoucher reversal(String reverses, LocalDate date, String reason) {
        return new UsedVoucher(Use.REVERSAL, date, null, null, null, reason, reverses, null, null);
    }

    public static UsedVoucher refusedAttempt(LocalDate date, LineKey line, Money requested, Money available) {
        return new UsedVoucher(Use.REFUSED_ATTEMPT, date, line, requested, null, null, null, null, available);
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
        return new UsedVoucher(use, date, line, amount, payee, summary, reverses, reversalVoucher, available);
    }

    public boolean isPayment() {
        return use == Use.PAYMENT;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }

    /** A refused voucher is not used up: it may still be paid. */
    public boolean isUsedUp() {
        return use != Use.REFUSED_ATTEMPT;
    }

    /** The same document sent again: the same use and content. A payment reversed since is still that payment. */
    public boolean isSentAgainAs(UsedVoucher sent) {
        return use == sent.use && date.equals(sent.date) && Objects.equals(line, sent.line)
                && Objects.equals(amount, sent.amount) && Objects.equals(payee, sent.payee)
                && Objects.equals(summary, sent.summary) && Objects.equals(reverses, sent.reverses)
                && Objects.equals(available, sent.available);
    }
}
