package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;

import java.util.Optional;

/** Amounts are positive (adjustment entries: non-zero; corrected amounts: not negative) and at most 999,999,999,999.99. Imports check rows by it. */
public final class AmountsAreValid {

    private AmountsAreValid() {
    }

    public static Optional<Rejection> checkPositive(Money amount, String what) {
        return checkBounded(amount, what).or(() -> amount.isPositive() ? Rejection.allowed()
                : Rejection.invalid("AMOUNT_NOT_POSITIVE", what + "必须大于零：" + amount));
    }

    public static Optional<Rejection> checkNonZero(Money amount, String what) {
        return checkBounded(amount, what).or(() -> amount.isZero()
                ? Rejection.invalid("AMOUNT_ZERO", what + "不能为零") : Rejection.allowed());
    }

    /** A corrected 年初预算 may be zero (the line should have had none), never negative. */
    public static Optional<Rejection> checkNotNegative(Money amount, String what) {
        return checkBounded(amount, what).or(() -> amount.isNegative()
                ? Rejection.invalid("AMOUNT_NEGATIVE", what + "不能为负数：" + amount) : Rejection.allowed());
    }

    private static Optional<Rejection> checkBounded(Money amount, String what) {
        if (amount == null) {
            return Rejection.invalid("AMOUNT_MISSING", what + "不能为空");
        }
        if (amount.exceeds(Money.MAX) || amount.negate().exceeds(Money.MAX)) {
            return Rejection.invalid("AMOUNT_TOO_LARGE", what + "超出上限 999,999,999,999.99 元：" + amount);
        }
        return Rejection.allowed();
    }
}
