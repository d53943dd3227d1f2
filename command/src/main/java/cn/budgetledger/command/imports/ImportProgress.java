package cn.budgetledger.command.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far one import has come, for the log (every {@value #LOG_EVERY} rows) and for anyone polling
 * GET /api/imports/{id}/progress while the upload is still being answered.
 */
public final class ImportProgress {

    /** What the import is doing now. */
    public enum Phase { CHECKING, RECORDING, DONE, REJECTED, FAILED }

    static final int LOG_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final String id;
    private final String kind;
    private final String fileName;
    private final Instant startedAt = Instant.now();
    private final AtomicInteger checked = new AtomicInteger();
    /** Rows done: recorded, unchanged or refused; and of them, the recorded and the refused. */
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile Phase phase = Phase.CHECKING;
    private volatile int rows;
    private volatile int errors;
    private volatile Instant finishedAt;

    ImportProgress(String id, String kind, String fileName) {
        this.id = id;
        this.kind = kind;
        this.fileName = fileName;
    }

    public String id() {
        return id;
    }

    void rowChecked() {
        int done = checked.incrementAndGet();
        if (done % LOG_EVERY == 0) {
            log.info("Import {} ({} {}): {} rows checked", id, kind, fileName, done);
        }
    }

    void checked(int rowCount, int errorCount) {
        rows = rowCount;
        errors = errorCount;
        if (errorCount > 0) {
            finish(Phase.REJECTED);
            log.info("Import {} ({} {}): {} rows checked, {} errors, nothing recorded", id, kind, fileName,
                    rowCount, errorCount);
        } else {
            phase = Phase.RECORDING;
            log.info("Import {} ({} {}): {} rows checked, recording", id, kind, fileName, rowCount);
        }
    }

    void rowsRecorded(int count) {
        recorded.addAndGet(count);
        rowsDone(count);
    }

    void rowsUnchanged(int count) {
        rowsDone(count);
    }

    void rowRefused() {
        refused.incrementAndGet();
        rowsDone(1);
    }

    private void rowsDone(int count) {
        int before = done.getAndAdd(count);
        if ((before + count) / LOG_EVERY > before / LOG_EVERY) {
            log.info("Import {} ({} {}): {} of {} rows done", id, kind, fileName, before + count, rows);
        }
    }

    void done() {
        finish(Phase.DONE);
        log.info("Import {} ({} {}): done, {} rows in {} ms", id, kind, fileName, rows,
                finishedAt.toEpochMilli() - startedAt.toEpochMilli());
    }

    void failed() {
        finish(Phase.FAILED);
    }

    private void finish(Phase last) {
        finishedAt = Instant.now();
        phase = last;
    }

    public ImportProgressView view() {
        int doneNow = done.get();
        int recordedNow = recorded.get();
        int refusedNow = refused.get();
        return new ImportProgressView(id, kind, fileName, phase, checked.get(), rows, doneNow, recordedNow,
                doneNow - recordedNow - refusedNow, refusedNow, errors, startedAt, finishedAt);
    }
}
