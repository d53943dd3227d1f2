package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reversal names a payment of the same unit-year that exists, is not yet reversed, and came before it; an amount,
 * when given, is the payment's. The aggregate asks it with what its vouchers hold, the payments import with the
 * read side's payment or an earlier row of the file.
 */
public final class ReversalNamesOpenPayment {

    private ReversalNamesOpenPayment() {
    }

    /**
     * @param original what the original voucher was used for, if anything
     * @param reversal the reversal's own voucher: a payment it reversed already is a reversal sent again, not a second
     */
    public static Optional<Rejection> check(String originalVoucher, UsedVoucher original, String reversal,
                                            LocalDate date, Money amount) {
        if (original != null && original.use() == UsedVoucher.Use.PAYMENT_AWAITING_REVIEW) {
            return Rejection.conflict("PAYMENT_AWAITING_REVIEW",
                    "凭证 " + originalVoucher + " 尚待审核，未记账，不能冲销（可由审核人退回）");
        }
        if (original == null || !original.isPayment()) {
            return Rejection.notFound("PAYMENT_NOT_FOUND", "要冲销的支付凭证不存在：" + originalVoucher);
        }
        if (original.isReversed() && !original.reversedBy().equals(reversal)) {
            return Rejection.conflict("PAYMENT_ALREADY_REVERSED",
                    "凭证 " + originalVoucher + " 已被凭证 " + original.reversedBy() + " 冲销");
        }
        if (date.isBefore(original.date())) {
            return Rejection.invalid("REVERSAL_BEFORE_PAYMENT", "冲销日期 " + date + " 早于原支付日期 " + original.date());
        }
        if (amount != null && !amount.equals(original.amount())) {
            return Rejection.invalid("REVERSAL_AMOUNT_MISMATCH",
                    "冲销金额 " + amount.grouped() + " 元须等于原支付金额 " + original.amount().grouped() + " 元");
        }
        return Rejection.allowed();
    }

    /** A payment whose reversal awaits review is not reversed a second time meanwhile. */
    public static Optional<Rejection> checkNoReversalAwaitingReview(String originalVoucher, String pendingReversal,
                                                                    String reversal) {
        return pendingReversal == null || pendingReversal.equals(reversal) ? Rejection.allowed()
                : Rejection.conflict("REVERSAL_AWAITING_REVIEW",
                        "凭证 " + originalVoucher + " 的冲销凭证 " + pendingReversal + " 正待审核，不能再次冲销");
    }
}
