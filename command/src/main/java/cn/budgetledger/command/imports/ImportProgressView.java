package cn.budgetledger.command.imports;

import java.time.Instant;

/**
 * An import's progress as the web UI polls it: rowsChecked grows while checking; rows is the file's row
 * count once checked; rowsDone grows while recording, and is split as the final answer splits it: rowsRecorded,
 * rowsUnchanged (recorded before) and rowsRefused.
 */
public record ImportProgressView(String id, String kind, String fileName, ImportProgress.Phase phase,
                                 int rowsChecked, int rows, int rowsDone, int rowsRecorded, int rowsUnchanged,
                                 int rowsRefused, int errors, Instant startedAt, Instant finishedAt) {
}
