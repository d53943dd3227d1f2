package cn.budgetledger.command.web;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.RecordIndicatorActualCommand;

/**
 * The actual value (实际完成值) of a manual indicator, with the reason for a deviation (偏差原因); for a
 * qualitative target, its 完成等级 (level: 达成, 部分达成, 未达成) and the points given (points) instead.
 */
public record IndicatorActualRequest(String projectCode, String indicator, String actual, String deviationReason,
                                     String level, String points) {

    RecordIndicatorActualCommand toCommand(UnitYear budget) {
        boolean graded = level != null && !level.isBlank();
        return new RecordIndicatorActualCommand(budget, projectCode, indicator,
                graded && (actual == null || actual.isBlank()) ? null : IndicatorValue.parse(actual, "实际完成值"),
                deviationReason, graded ? AchievementLevel.of(level) : null,
                graded ? IndicatorValue.parse(points, "得分") : null);
    }
}
