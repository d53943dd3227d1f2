package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;

import java.math.BigDecimal;

/** A performance target as last revised; projectCode null for the unit as a whole. */
public record PerformanceTarget(String projectCode, String firstLevel, String secondLevel, IndicatorName indicator,
                                IndicatorComparator comparator, BigDecimal targetValue, String unitOfMeasure,
                                BigDecimal weight, IndicatorDirection direction) {
}
