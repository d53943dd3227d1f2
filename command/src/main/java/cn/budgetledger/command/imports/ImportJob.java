package cn.budgetledger.command.imports;

/**
 * Importing one file, in two passes: every row is checked (and nothing recorded while any is bad), then
 * the rows are recorded through commands.
 */
public interface ImportJob {

    /** Pass 1: checks one row, alone and against the rows before it and the ledger. */
    void check(CheckedRow row);

    /** After pass 1: checks that need the whole file (e.g. a 调剂 document sums to zero). */
    default void checkWhole(ImportErrors errors) {
    }

    /** Pass 2, only for a file without errors: records, reading the rows again from the file if needed. */
    void record(RowSource rows, ImportTally tally);
}
