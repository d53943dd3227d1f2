package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Records the actual value (实际完成值) of a manual indicator, with the reason for any deviation
 * (偏差原因). Recording it again replaces it.
 */
public record RecordIndicatorActualCommand(@TargetAggregateIdentifier UnitYear budget, String projectCode,
                                           String indicator, BigDecimal actual, String deviationReason) {
}
