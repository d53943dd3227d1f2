package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;

import java.util.Optional;

/**
 * A unit-year's 年初预算 and 调整后预算, each summed over its lines, stay at most 999,999,999,999.99 yuan, and so
 * does every line's. Executed never passes adjusted, so every figure of one year, and every sum the read side makes
 * of one year, fits in fen with room to spare; sums over many unit-years are made in SQL numeric or BigDecimal.
 * (A carry-forward may bring a year at most this much again: still far inside a long.)
 */
public final class BudgetsAreBounded {

    private BudgetsAreBounded() {
    }

    /**
     * @param before the year's 年初预算 now (never negative)
     * @param change what the document adds to it (signed), already summed
     */
    public static Optional<Rejection> checkOriginal(Money before, Money change) {
        return check("年初预算", before, change);
    }

    /** As {@link #checkOriginal}, for the year's 调整后预算. */
    public static Optional<Rejection> checkAdjusted(Money before, Money change) {
        return check("调整后预算", before, change);
    }

    private static Optional<Rejection> check(String what, Money before, Money change) {
        return change.isPositive() && change.exceeds(Money.MAX.minus(before))
                ? Rejection.ruleViolated("BUDGET_TOTAL_TOO_LARGE", "单位年度" + what + "合计不能超过 "
                        + "999,999,999,999.99 元：现为 " + before.grouped() + " 元，本单据增加 " + change.grouped() + " 元")
                : Rejection.allowed();
    }

    /** The sum of a document's amounts, each at most the bound: past the bound it stays just past it, never overflows. */
    public static Money sum(Iterable<Money> amounts) {
        long fen = 0;
        for (Money amount : amounts) {
            fen = Math.max(-Money.MAX.fen() - 1, Math.min(Money.MAX.fen() + 1, fen + amount.fen()));
        }
        return Money.ofFen(fen);
    }
}
