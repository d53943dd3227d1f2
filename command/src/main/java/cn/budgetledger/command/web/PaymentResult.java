package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.PaymentOutcome;

/** The answer to a payment; a refusal carries a code and a message like every other error. */
public record PaymentResult(String voucher, String status, Money amount, Money available, String code,
                            String message) {

    static PaymentResult of(PaymentOutcome outcome) {
        if (outcome.status() == PaymentOutcome.Status.REFUSED) {
            return new PaymentResult(outcome.voucher(), outcome.status().name(), outcome.amount(), outcome.available(),
                    "PAYMENT_REFUSED", "拒付：支付金额 " + outcome.amount() + " 元超过指标可用余额 "
                    + outcome.available() + " 元（无预算不支出）。拒付已记录，凭证号可重新使用。");
        }
        return new PaymentResult(outcome.voucher(), outcome.status().name(), outcome.amount(), outcome.available(),
                null, null);
    }
}
