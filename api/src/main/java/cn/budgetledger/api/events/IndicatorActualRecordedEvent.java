package cn.budgetledger.api.events;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.UnitYear;

import java.math.BigDecimal;

/**
 * The actual value of a manual indicator; projectCode is null for the unit as a whole. A qualitative target's
 * actual is its 完成等级 and the points given (actual null); events stored before them read with both null.
 */
public record IndicatorActualRecordedEvent(UnitYear budget, String projectCode, String indicator, BigDecimal actual,
                                           String deviationReason, AchievementLevel level, BigDecimal points) {
}
