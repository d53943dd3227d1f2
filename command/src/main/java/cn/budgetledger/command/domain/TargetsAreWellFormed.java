package cn.budgetledger.command.domain;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;

import java.math.BigDecimal;
import java.util.Optional;

import static cn.budgetledger.command.domain.Rejection.enforce;

/**
 * A performance target names its 一级/二级/三级指标, a comparator, a non-negative value, a unit of
 * measure, a weight between 0 and 100 points, and a direction. An "=" target must be above zero:
 * its score divides by it. A qualitative target (定性指标) has a text value instead, and may have no unit of
 * measure.
 */
public final class TargetsAreWellFormed {

    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    private TargetsAreWellFormed() {
    }

    /** The command read as the target it records: text stripped, numbers without trailing zeros; or its first "no". */
    static PerformanceTargetSetEvent recorded(UnitYear budget, SetPerformanceTargetCommand command) {
        IndicatorName indicator = new IndicatorName(command.indicator());
        PlainText.requireName(indicator.value(), "三级指标");
        String firstLevel = requireText(command.firstLevel(), "一级指标");
        String secondLevel = requireText(command.secondLevel(), "二级指标");
        boolean qualitative = command.qualitativeValue() != null && !command.qualitativeValue().isBlank();
        String unitOfMeasure = qualitative ? optionalText(command.unitOfMeasure(), "度量单位")
                : requireText(command.unitOfMeasure(), "度量单位");
        if (command.comparator() == null) {
            throw LedgerException.invalid("COMPARATOR_MISSING", "指标性质不能为空：" + indicator);
        }
        if (command.direction() == null) {
            throw LedgerException.invalid("DIRECTION_MISSING", "指标方向不能为空：" + indicator);
        }
        enforce(QualitativeTargetsAreGradedInBands.checkTarget(indicator, command.comparator(), qualitative));
        BigDecimal value = qualitative ? null : number(command.targetValue(), "指标值", indicator);
        if (!qualitative) {
            enforce(checkValue(indicator, command.comparator(), value));
        }
        BigDecimal weight = number(command.weight(), "权重", indicator);
        enforce(checkWeight(indicator, weight));
        return new PerformanceTargetSetEvent(budget, projectCode(command.projectCode()), firstLevel, secondLevel,
                indicator.value(), command.comparator(), value, unitOfMeasure, weight, command.direction(),
                qualitative ? PlainText.requireName(command.qualitativeValue().strip(), "指标值") : null);
    }

    /** A target value is not negative, and an "=" target's is above zero. */
    public static Optional<Rejection> checkValue(IndicatorName indicator, IndicatorComparator comparator,
                                                 BigDecimal value) {
        if (value.signum() < 0 || (comparator == IndicatorComparator.EQUAL && value.signum() == 0)) {
            return Rejection.invalid("TARGET_VALUE_INVALID", "指标值" + (value.signum() < 0 ? "不能为负数" : "为「=」时须大于零")
                    + "：" + indicator + " " + value.toPlainString());
        }
        return Rejection.allowed();
    }

    public static Optional<Rejection> checkWeight(IndicatorName indicator, BigDecimal weight) {
        return weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0
                ? Rejection.invalid("WEIGHT_INVALID", "权重应大于 0 且不超过 100 分：" + indicator + " " + weight.toPlainString())
                : Rejection.allowed();
    }

    /** Empty means the unit as a whole (整体支出). */
    static String projectCode(String projectCode) {
        return projectCode == null || projectCode.isBlank() ? null : PlainText.requireProjectCode(projectCode);
    }

    /** A target's value, weight or actual, read: bounded, and 100, 100.0 and 100.00 are one number. */
    public static BigDecimal number(BigDecimal number, String what, IndicatorName indicator) {
        if (number == null) {
            throw LedgerException.invalid("NUMBER_MISSING", what + "不能为空：" + indicator);
        }
        if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0) {
            throw LedgerException.invalid("NUMBER_TOO_LARGE", what + "过大：" + indicator + " " + number.toPlainString());
        }
        // So a resent file changes nothing.
        return new BigDecimal(number.stripTrailingZeros().toPlainString());
    }

    private static String optionalText(String text, String what) {
        return text == null || text.isBlank() ? "" : PlainText.requireName(text.strip(), what);
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.invalid("TARGET_INCOMPLETE", what + "不能为空");
        }
        return PlainText.requireName(text.strip(), what);
    }
}
