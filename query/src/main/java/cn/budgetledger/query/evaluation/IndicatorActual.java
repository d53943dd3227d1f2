package cn.budgetledger.query.evaluation;

import java.math.BigDecimal;

/** The recorded actual of a manual indicator and the reason for its deviation (偏差原因). */
public record IndicatorActual(BigDecimal value, String deviationReason) {
}
