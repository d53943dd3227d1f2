package cn.budgetledger.command.web;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;

/**
 * A performance target (绩效目标); projectCode empty or absent for the unit as a whole (整体支出). A targetValue
 * that is not a number (e.g. 即办即领) makes a qualitative target (定性指标).
 */
public record PerformanceTargetRequest(String projectCode, String firstLevel, String secondLevel, String indicator,
                                       String comparator, String targetValue, String unitOfMeasure, String weight,
                                       String direction) {

    SetPerformanceTargetCommand toCommand(UnitYear budget) {
        boolean qualitative = IndicatorValue.isQualitative(targetValue);
        return new SetPerformanceTargetCommand(budget, projectCode, firstLevel, secondLevel, indicator,
                IndicatorComparator.of(comparator), qualitative ? null : IndicatorValue.parse(targetValue, "指标值"),
                unitOfMeasure, IndicatorValue.parse(weight, "权重"), IndicatorDirection.of(direction),
                qualitative ? targetValue : null);
    }
}
