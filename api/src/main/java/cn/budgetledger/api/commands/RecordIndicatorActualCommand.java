package cn.budgetledger.api.commands;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Records the actual value (实际完成值) of a manual indicator, with the reason for any deviation
 * (偏差原因). Recording it again replaces it. For a qualitative target (定性指标) the actual is a 完成等级 with the
 * points given inside its band (actual null).
 */
public record RecordIndicatorActualCommand(@TargetAggregateIdentifier UnitYear budget, String projectCode,
                                           String indicator, BigDecimal actual, String deviationReason,
                                           AchievementLevel level, BigDecimal points) {

    /** The actual value of a quantitative target. */
    public RecordIndicatorActualCommand(UnitYear budget, String projectCode, String indicator, BigDecimal actual,
                                        String deviationReason) {
        this(budget, projectCode, indicator, actual, deviationReason, null, null);
    }
}
