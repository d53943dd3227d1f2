package cn.budgetledger.api.events;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.UnitYear;

import java.math.BigDecimal;

/**
 * A performance target set or revised; projectCode is null for the unit as a whole (整体支出). A qualitative
 * target (定性指标) has its text 指标值 in qualitativeValue and no targetValue; events stored before qualitative
 * targets existed read with qualitativeValue null.
 */
public record PerformanceTargetSetEvent(UnitYear budget, String projectCode, String firstLevel, String secondLevel,
                                        String indicator, IndicatorComparator comparator, BigDecimal targetValue,
                                        String unitOfMeasure, BigDecimal weight, IndicatorDirection direction,
                                        String qualitativeValue) {
}
