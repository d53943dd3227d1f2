package cn.budgetledger.api.commands;

import cn.budgetledger.api.Money;

/**
 * What became of a payment: recorded, already recorded (a safe retry), refused (for want of budget, or past the
 * line's spending plan), or entered and awaiting review (a reversal entered for review too); a refusal carries the
 * rule's code and its message, as the ledger said it.
 */
public record PaymentOutcome(Status status, String voucher, Money amount, Money available, String code,
                             String message) {

    public enum Status { RECORDED, UNCHANGED, REFUSED, AWAITING_REVIEW }

    public static PaymentOutcome recorded(String voucher, Money amount, Money availableAfter) {
        return new PaymentOutcome(Status.RECORDED, voucher, amount, availableAfter, null, null);
    }

    public static PaymentOutcome unchanged(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.UNCHANGED, voucher, amount, available, null, null);
    }

    public static PaymentOutcome awaitingReview(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.AWAITING_REVIEW, voucher, amount, available, null, null);
    }

    public static PaymentOutcome refused(String voucher, Money amount, Money available, String code, String message) {
        return new PaymentOutcome(Status.REFUSED, voucher, amount, available, code, message);
    }
}
