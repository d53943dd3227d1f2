package cn.budgetledger.api.commands;

import cn.budgetledger.api.Money;

/** What became of a payment: recorded, already recorded (a safe retry), or refused for want of budget. */
public record PaymentOutcome(Status status, String voucher, Money amount, Money available) {

    public enum Status { RECORDED, UNCHANGED, REFUSED }

    public static PaymentOutcome recorded(String voucher, Money amount, Money availableAfter) {
        return new PaymentOutcome(Status.RECORDED, voucher, amount, availableAfter);
    }

    public static PaymentOutcome unchanged(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.UNCHANGED, voucher, amount, available);
    }

    public static PaymentOutcome refused(String voucher, Money amount, Money available) {
        return new PaymentOutcome(Status.REFUSED, voucher, amount, available);
    }
}
