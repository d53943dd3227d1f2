package cn.budgetledger.query.evaluation;

import java.math.BigDecimal;

/**
 * One target scored: its actual (null when it cannot be computed or was not recorded), its exact score,
 * the recorded 偏差原因, and a note saying why it scored 0 when it had no actual.
 */
public record IndicatorScore(PerformanceTarget target, BigDecimal actual, BigDecimal score, String deviationReason,
                             String note, boolean missing) {
}
