package cn.budgetledger.query.warnings;

import java.util.List;

/** GET …/warnings: the thresholds, and the states newest first (asOf, then each earlier month end). */
public record WarningsView(String unit, int year, Thresholds thresholds, List<WarningState> states) {

    public record Thresholds(String yellow, String orange, String red) {
    }
}
