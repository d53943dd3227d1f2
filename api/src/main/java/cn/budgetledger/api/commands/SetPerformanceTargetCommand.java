package cn.budgetledger.api.commands;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Sets a performance target (绩效目标) of the unit as a whole (projectCode empty) or of one project.
 * Setting it again for the same scope and 三级指标 revises it. A qualitative target (定性指标) gives its 指标值 as
 * text in qualitativeValue, with targetValue null.
 */
public record SetPerformanceTargetCommand(@TargetAggregateIdentifier UnitYear budget, String projectCode,
                                          String firstLevel, String secondLevel, String indicator,
                                          IndicatorComparator comparator, BigDecimal targetValue,
                                          String unitOfMeasure, BigDecimal weight, IndicatorDirection direction,
                                          String qualitativeValue) {

    /** A quantitative target. */
    public SetPerformanceTargetCommand(UnitYear budget, String projectCode, String firstLevel, String secondLevel,
                                       String indicator, IndicatorComparator comparator, BigDecimal targetValue,
                                       String unitOfMeasure, BigDecimal weight, IndicatorDirection direction) {
        this(budget, projectCode, firstLevel, secondLevel, indicator, comparator, targetValue, unitOfMeasure, weight,
                direction, null);
    }
}
