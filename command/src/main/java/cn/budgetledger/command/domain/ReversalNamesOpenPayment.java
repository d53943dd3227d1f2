package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;

import java.time.LocalDate;

/** A reversal names a payment of the same unit-year that exists, is not yet reversed, and came before it. */
final class ReversalNamesOpenPayment {

    private ReversalNamesOpenPayment() {
    }

    static RecordedPayment require(UsedVoucher usedBefore, String originalVoucher, LocalDate date, Money amount) {
        if (!(usedBefore instanceof RecordedPayment original)) {
            throw LedgerException.notFound("PAYMENT_NOT_FOUND", "要冲销的支付凭证不存在：" + originalVoucher);
        }
        if (original.isReversed()) {
            throw LedgerException.conflict("PAYMENT_ALREADY_REVERSED",
                    "凭证 " + originalVoucher + " 已被凭证 " + original.reversedBy() + " 冲销");
        }
        if (date.isBefore(original.date())) {
            throw LedgerException.invalid("REVERSAL_BEFORE_PAYMENT",
                    "冲销日期 " + date + " 早于原支付日期 " + original.date());
        }
        if (amount != null && !amount.equals(original.amount())) {
            throw LedgerException.invalid("REVERSAL_AMOUNT_MISMATCH",
                    "冲销金额 " + amount + " 元须等于原支付金额 " + original.amount() + " 元");
        }
        return original;
    }
}
