package cn.budgetledger.command.imports;

import java.util.ArrayList;
import java.util.List;

/** Counts what became of a checked file's rows while they are recorded. */
public final class ImportTally {

    private final ImportProgress progress;
    private int recorded;
    private int unchanged;
    private final List<Refusal> refused = new ArrayList<>();

    ImportTally(ImportProgress progress) {
        this.progress = progress;
    }

    public void recorded(int rows) {
        recorded += rows;
        progress.rowsRecorded(rows);
    }

    public void unchanged(int rows) {
        unchanged += rows;
        progress.rowsRecorded(rows);
    }

    public void refused(int row, String voucher, String reason) {
        refused.add(new Refusal(row, voucher, reason));
        progress.rowsRecorded(1);
    }

    ImportResult result(int rows) {
        return new ImportResult(rows, recorded, unchanged, List.copyOf(refused));
    }
}
