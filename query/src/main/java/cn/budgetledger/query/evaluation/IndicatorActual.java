package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.AchievementLevel;

import java.math.BigDecimal;

/**
 * The recorded actual of a manual indicator and the reason for its deviation (偏差原因); for a qualitative
 * target, its 完成等级 and the points given (value null).
 */
public record IndicatorActual(BigDecimal value, String deviationReason, AchievementLevel level, BigDecimal points) {
}
