package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.query.indicators.Percent;

import java.math.BigDecimal;

/** The central self-evaluation form's scoring rules (indicators.md), on exact values. */
public final class Scoring {

    /** 预算执行率 carries 10 points. */
    public static final BigDecimal EXECUTION_POINTS = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** 10 × min(executionRate, 100) / 100; a rate that cannot be computed scores 0. */
    public static BigDecimal executionScore(BigDecimal executionRate) {
        if (executionRate == null) {
            return BigDecimal.ZERO;
        }
        return EXECUTION_POINTS.multiply(executionRate.min(HUNDRED)).divide(HUNDRED, Percent.PRECISION);
    }

    /**
     * A qualitative target (定性指标) scores the points the finance staff gave inside its 完成等级's band; the
     * ledger refused any outside it, so only a weight revised since then can leave them out: they are then
     * kept to the band of the weight as it stands.
     */
    public static BigDecimal qualitativeScore(AchievementLevel level, BigDecimal points, BigDecimal weight) {
        return points.max(level.lowestPoints(weight)).min(level.highestPoints(weight));
    }

    /**
     * Met: the whole weight. Missed: ≥ and > score weight × actual / target, ≤ and < score weight × target /
     * actual, = scores weight × max(0, 1 − |actual − target| / target); never below 0 nor above the weight.
     */
    public static BigDecimal targetScore(IndicatorComparator comparator, BigDecimal target, BigDecimal actual,
                                         BigDecimal weight) {
        if (comparator.isMet(actual, target)) {
            return weight;
        }
        BigDecimal score;
        if (comparator.asksForMore()) {
            score = target.signum() == 0 ? BigDecimal.ZERO : weight.multiply(actual).divide(target, Percent.PRECISION);
        } else if (comparator.asksForLess()) {
            score = actual.signum() == 0 ? BigDecimal.ZERO : weight.multiply(target).divide(actual, Percent.PRECISION);
        } else if (target.signum() == 0) {
            // "= 0" missed: no relative deviation to measure, so nothing of the weight is earned.
            score = BigDecimal.ZERO;
        } else {
            BigDecimal deviation = actual.subtract(target).abs().divide(target, Percent.PRECISION);
            score = weight.multiply(BigDecimal.ONE.subtract(deviation).max(BigDecimal.ZERO));
        }
        return score.max(BigDecimal.ZERO).min(weight);
    }
}
