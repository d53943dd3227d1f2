package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;

/** Amounts are positive (adjustment entries: non-zero) and at most 999,999,999,999.99. Imports check rows by it. */
public final class AmountsAreValid {

    private AmountsAreValid() {
    }

    public static Money requirePositive(Money amount, String what) {
        require(amount, what);
        if (!amount.isPositive()) {
            throw LedgerException.invalid("AMOUNT_NOT_POSITIVE", what + "必须大于零：" + amount);
        }
        return amount;
    }

    public static Money requireNonZero(Money amount, String what) {
        require(amount, what);
        if (amount.isZero()) {
            throw LedgerException.invalid("AMOUNT_ZERO", what + "不能为零");
        }
        return amount;
    }

    private static void require(Money amount, String what) {
        if (amount == null) {
            throw LedgerException.invalid("AMOUNT_MISSING", what + "不能为空");
        }
        if (amount.exceeds(Money.MAX) || amount.negate().exceeds(Money.MAX)) {
            throw LedgerException.invalid("AMOUNT_TOO_LARGE", what + "超出上限 999,999,999,999.99 元：" + amount);
        }
    }
}
