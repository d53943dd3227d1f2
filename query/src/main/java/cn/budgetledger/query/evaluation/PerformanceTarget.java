package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.ComputedIndicator;
import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;

import java.math.BigDecimal;

/**
 * A performance target as last revised; projectCode null for the unit as a whole. A qualitative target
 * (定性指标) has its text 指标值 in qualitativeValue and no targetValue.
 */
public record PerformanceTarget(String projectCode, String firstLevel, String secondLevel, IndicatorName indicator,
                                IndicatorComparator comparator, BigDecimal targetValue, String unitOfMeasure,
                                BigDecimal weight, IndicatorDirection direction, String qualitativeValue) {

    public boolean qualitative() {
        return qualitativeValue != null;
    }

    /** The 年度指标值 as the report prints it: ≤5%, or the text of a qualitative target. */
    public String shown() {
        return qualitative() ? qualitativeValue : comparator.symbol() + targetValue.toPlainString() + unitOfMeasure;
    }

    /** The 三级指标 as the report prints it, with how to read it where its published name misleads. */
    public String nameShown() {
        return indicator.computed().map(ComputedIndicator::reading)
                .map(reading -> indicator.value() + "（" + reading + "）").orElse(indicator.value());
    }
}
