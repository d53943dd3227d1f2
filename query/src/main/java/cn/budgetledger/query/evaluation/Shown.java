package cn.budgetledger.query.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report prints numbers: scores and actuals with two decimals half-up, targets and weights as recorded. */
final class Shown {

    private Shown() {
    }

    static String twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String asRecorded(BigDecimal value) {
        return value.toPlainString();
    }
}
