package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.command.domain.NoSpendingWithoutBudget;
import cn.budgetledger.command.domain.Rejection;

/** The answer to a payment; a refusal carries a code and a message like every other error. */
public record PaymentResult(String voucher, String status, Money amount, Money available, String code,
                            String message) {

    static PaymentResult of(PaymentOutcome outcome) {
        if (outcome.status() == PaymentOutcome.Status.REFUSED) {
            Rejection refusal = NoSpendingWithoutBudget.refusal(outcome.amount(), outcome.available());
            return new PaymentResult(outcome.voucher(), outcome.status().name(), outcome.amount(), outcome.available(),
                    refusal.code(), refusal.message());
        }
        return new PaymentResult(outcome.voucher(), outcome.status().name(), outcome.amount(), outcome.available(),
                null, null);
    }
}
