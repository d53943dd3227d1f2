package cn.budgetledger.api.commands;

import cn.budgetledger.api.Money;

/**
 * What became of a payment: recorded, already recorded (a safe retry), refused for want of budget, or entered and
 * awaiting review (a reversal entered for review too).
 */
public record PaymentOutcome(Status status, String voucher, Money amount, Money available) {

    public enum Status { RECORDED, UNCHANGED, REFUSED, AWAITING_REVIEW }

    public static PaymentOutcome recorded(String voucher, Money amount, Money availableAfter) {
        return new PaymentOutcome(Status.RECORDED, voucher, amount, availableAfter);
    }

    public static PaymentOutcome unchanged(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.UNCHANGED, voucher, amount, available);
    }

    public static PaymentOutcome awaitingReview(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.AWAITING_REVIEW, voucher, amount, available);
    }

    public static PaymentOutcome refused(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.REFUSED, voucher, amount, available);
    }
}
