package cn.budgetledger.command.web;

import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.RecordIndicatorActualCommand;

/** The actual value (实际完成值) of a manual indicator, with the reason for a deviation (偏差原因). */
public record IndicatorActualRequest(String projectCode, String indicator, String actual, String deviationReason) {

    RecordIndicatorActualCommand toCommand(UnitYear budget) {
        return new RecordIndicatorActualCommand(budget, projectCode, indicator,
                IndicatorValue.parse(actual, "实际完成值"), deviationReason);
    }
}
