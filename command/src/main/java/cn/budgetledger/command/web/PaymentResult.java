package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.PaymentOutcome;

/**
 * The answer to a payment; a refusal carries its rule's code (PAYMENT_REFUSED or PLAN_EXCEEDED) and message like
 * every other error.
 */
public record PaymentResult(String voucher, String status, Money amount, Money available, String code,
                            String message) {

    static PaymentResult of(PaymentOutcome outcome) {
        return new PaymentResult(outcome.voucher(), outcome.status().name(), outcome.amount(), outcome.available(),
                outcome.code(), outcome.message());
    }
}
