package cn.budgetledger.query.indicators;

import cn.budgetledger.api.Money;

import java.math.BigInteger;

/**
 * The sums a scope's indicators are computed from, as of a date: 年初预算, 调整后预算, 执行数, the 三公
 * part of the first and the third, and on the operating lines (人员类, 公用经费, 其他运转类) what was
 * executed (met) and what stands refused (unmet); and its commitments, 冻结 and 待审核, which the 可用余额
 * counts. All additive over lines.
 */
public record Measures(Money original, Money adjusted, Money executed, Money threePublicOriginal,
                       Money threePublicExecuted, Money operatingExecuted, BigInteger operatingUnmet, Money frozen,
                       Money awaitingReview) {

    public static final Measures NONE = new Measures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, BigInteger.ZERO, Money.ZERO, Money.ZERO);

    public MeasureSums sums() {
        return new MeasureSums(fen(original), fen(adjusted), fen(executed), fen(threePublicOriginal),
                fen(threePublicExecuted), fen(operatingExecuted), operatingUnmet, fen(frozen), fen(awaitingReview));
    }

    private static BigInteger fen(Money amount) {
        return BigInteger.valueOf(amount.fen());
    }

    public Measures plus(Measures other) {
        return new Measures(original.plus(other.original), adjusted.plus(other.adjusted),
                executed.plus(other.executed), threePublicOriginal.plus(other.threePublicOriginal),
                threePublicExecuted.plus(other.threePublicExecuted), operatingExecuted.plus(other.operatingExecuted),
                operatingUnmet.add(other.operatingUnmet), frozen.plus(other.frozen),
                awaitingReview.plus(other.awaitingReview));
    }
}
