package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.commands.DocumentOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Counts what became of a checked file's rows while they are recorded. */
public final class ImportTally {

    private final ImportProgress progress;
    private int recorded;
    private int unchanged;
    private int awaitingReview;
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
        progress.rowsUnchanged(rows);
    }

    /** Entered in a year that requires review: not recorded until a reviewer approves it. */
    public void awaitingReview(int rows) {
        awaitingReview += rows;
        progress.rowsUnchanged(rows);
    }

    public void refused(int row, String voucher, String reason) {
        refused.add(new Refusal(row, voucher, reason));
        progress.rowRefused();
    }

    /**
     * Sends one document (an approval, an adjustment, a reversal, a target…) made of the given rows, and counts
     * them all as recorded or unchanged, or all as refused with the ledger's reason.
     */
    public void document(List<Integer> rows, String number, Supplier<DocumentOutcome> sending) {
        try {
            switch (sending.get()) {
                case RECORDED -> recorded(rows.size());
                case UNCHANGED -> unchanged(rows.size());
                case AWAITING_REVIEW -> awaitingReview(rows.size());
            }
        } catch (LedgerException refusal) {
            rows.forEach(row -> refused(row, number, refusal.getMessage()));
        }
    }

    ImportResult result(int rows) {
        return new ImportResult(rows, recorded, unchanged, awaitingReview, List.copyOf(refused));
    }
}
