package cn.budgetledger.command.web;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;

/** A performance target (绩效目标); projectCode empty or absent for the unit as a whole (整体支出). */
public record PerformanceTargetRequest(String projectCode, String firstLevel, String secondLevel, String indicator,
                                       String comparator, String targetValue, String unitOfMeasure, String weight,
                                       String direction) {

    SetPerformanceTargetCommand toCommand(UnitYear budget) {
        return new SetPerformanceTargetCommand(budget, projectCode, firstLevel, secondLevel, indicator,
                IndicatorComparator.of(comparator), IndicatorValue.parse(targetValue, "指标值"), unitOfMeasure,
                IndicatorValue.parse(weight, "权重"), IndicatorDirection.of(direction));
    }
}
