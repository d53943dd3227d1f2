package cn.budgetledger.query.indicators;


import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Ratios as percentages. Quotients keep 34 significant digits: a ratio of two amounts in fen that is
 * not exactly on a rounding boundary lies far further from it than that, so the half-up rounding to two
 * decimals and every comparison come out as with exact fractions.
 */
public final class Percent {

    public static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** numerator / denominator × 100; the denominator is never zero here. */
    public static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, PRECISION);
    }

    /** As shown: two decimals, half-up; null stays null. */
    public static String shown(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
