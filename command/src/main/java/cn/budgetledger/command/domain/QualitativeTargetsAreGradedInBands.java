package cn.budgetledger.command.domain;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorName;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A qualitative target (定性指标: its 指标值 is text, e.g. 即办即领) is not measured but graded, as the central
 * self-evaluation form says: its actual is a 完成等级 (达成 80–100 % of the weight, 部分达成 60–80 %, 未达成
 * 0–60 %) with the points the finance staff give inside that band. A quantitative target's actual is a number,
 * never a level; the ledger's computed indicators are always quantitative.
 */
public final class QualitativeTargetsAreGradedInBands {

    private QualitativeTargetsAreGradedInBands() {
    }

    /** A target whose 指标值 is text is qualitative; 定性 with a number, or a computed indicator with text, contradicts. */
    public static Optional<Rejection> checkTarget(IndicatorName indicator, IndicatorComparator comparator,
                                                  boolean textValue) {
        if (textValue && indicator.computed().isPresent()) {
            return Rejection.invalid("QUALITATIVE_COMPUTED_INDICATOR", "「" + indicator
                    + "」由系统根据账务计算，指标值应为数字");
        }
        if (!textValue && comparator == IndicatorComparator.QUALITATIVE) {
            return Rejection.invalid("TARGET_VALUE_INVALID", "指标性质为「定性」时，指标值应为文字描述（如 即办即领）："
                    + indicator);
        }
        return Rejection.allowed();
    }

    /** A qualitative target takes a 完成等级 (and no 实际完成值); a quantitative one a 实际完成值 and no level. */
    public static Optional<Rejection> checkActualKind(IndicatorName indicator, boolean qualitativeTarget,
                                                      AchievementLevel level, boolean hasActual) {
        if (qualitativeTarget && (level == null || hasActual)) {
            return Rejection.invalid("LEVEL_MISSING", "「" + indicator
                    + "」是定性指标：应填报完成等级（达成、部分达成或未达成）和得分，不填实际完成值");
        }
        if (!qualitativeTarget && level != null) {
            return Rejection.invalid("LEVEL_OF_QUANTITATIVE_TARGET", "「" + indicator
                    + "」是定量指标：应填报实际完成值，完成等级只用于定性指标");
        }
        return Rejection.allowed();
    }

    /** The points lie inside the level's band of the weight ({@link AchievementLevel#admits}). */
    public static Optional<Rejection> checkPoints(IndicatorName indicator, AchievementLevel level, BigDecimal points,
                                                  BigDecimal weight) {
        BigDecimal lowest = level.lowestPoints(weight);
        BigDecimal highest = level.highestPoints(weight);
        return !level.admits(points, weight)
                ? Rejection.ruleViolated("POINTS_OUTSIDE_BAND", "「" + indicator + "」完成等级为「" + level.label()
                + "」时得分应在 " + plain(lowest) + " 至 " + plain(highest) + " 分之间"
                + (level == AchievementLevel.ACHIEVED ? "" : "（不含 " + plain(highest) + " 分）")
                + "（权重 " + plain(weight) + " 分），填报的得分为 " + plain(points))
                : Rejection.allowed();
    }

    /** The points of a 完成等级 are a judgement: the form asks for the reason beside them. */
    public static Optional<Rejection> checkReason(IndicatorName indicator, AchievementLevel level, String reason) {
        return level != null && (reason == null || reason.isBlank())
                ? Rejection.invalid("GRADING_REASON_MISSING", "「" + indicator + "」是定性指标：填报完成等级和得分时须写明理由（偏差原因）")
                : Rejection.allowed();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
