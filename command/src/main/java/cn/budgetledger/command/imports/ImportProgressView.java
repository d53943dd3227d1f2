package cn.budgetledger.command.imports;

import java.time.Instant;

/**
 * An import's progress as the web UI polls it: rowsChecked grows while checking; rows is the file's row
 * count once checked; rowsRecorded grows while recording (recorded, unchanged or refused).
 */
public record ImportProgressView(String id, String kind, String fileName, ImportProgress.Phase phase,
                                 int rowsChecked, int rows, int rowsRecorded, int errors, Instant startedAt,
                                 Instant finishedAt) {
}
