package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.ComputedIndicator;

import java.math.BigDecimal;

/**
 * One target scored: its actual (null when it cannot be computed or was not recorded) or, for a qualitative
 * target, its 完成等级, its exact score, the recorded 偏差原因, and a note saying why it scored 0 when it had
 * no actual.
 */
public record IndicatorScore(PerformanceTarget target, BigDecimal actual, AchievementLevel level, BigDecimal score,
                             String deviationReason, String note, boolean missing) {

    /** The 实际完成值 as the report prints it: two decimals, or the 完成等级; null when there is none. */
    public String actualShown() {
        return level != null ? level.label() : Shown.twoDecimals(actual);
    }

    /** The 实际完成值 as the printed form shows it: a count (科目调整次数) as a whole number, else as the JSON. */
    public String actualPrinted() {
        boolean count = target.indicator().computed().filter(ComputedIndicator.ADJUSTMENT_COUNT::equals).isPresent();
        return count && actual != null ? actual.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString()
                : actualShown();
    }
}
