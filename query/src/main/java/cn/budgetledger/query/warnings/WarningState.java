package cn.budgetledger.query.warnings;

import java.time.LocalDate;
import java.util.List;

/** The warnings standing on one date, most severe first. */
public record WarningState(LocalDate asOf, String timeProgress, List<Warning> warnings) {
}
