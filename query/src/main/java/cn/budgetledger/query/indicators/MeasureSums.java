package cn.budgetledger.query.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Measures in fen without a bound: what the overview of all units sums, however many unit-years it holds (each is
 * bounded, see BudgetsAreBounded; their number is not). The indicators' formulas are computed on this form.
 */
public record MeasureSums(BigInteger original, BigInteger adjusted, BigInteger executed, BigInteger threePublicOriginal,
                          BigInteger threePublicExecuted, BigInteger operatingExecuted, BigInteger operatingUnmet,
                          BigInteger frozen, BigInteger awaitingReview) {

    public static final MeasureSums NONE = new MeasureSums(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO,
            BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);

    public MeasureSums plus(MeasureSums other) {
        return new MeasureSums(original.add(other.original), adjusted.add(other.adjusted), executed.add(other.executed),
                threePublicOriginal.add(other.threePublicOriginal), threePublicExecuted.add(other.threePublicExecuted),
                operatingExecuted.add(other.operatingExecuted), operatingUnmet.add(other.operatingUnmet),
                frozen.add(other.frozen), awaitingReview.add(other.awaitingReview));
    }

    /** 可用余额: adjusted − executed − frozen − awaiting review. */
    public BigInteger available() {
        return adjusted.subtract(executed).subtract(frozen).subtract(awaitingReview);
    }

    /** Yuan with two decimals, as Money writes them. */
    static String yuan(BigInteger fen) {
        return new BigDecimal(fen, 2).toPlainString();
    }
}
