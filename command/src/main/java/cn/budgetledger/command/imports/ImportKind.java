package cn.budgetledger.command.imports;

import java.util.List;

/**
 * One kind of import file (budget-lines, adjustments, payments, …): its name in the URL, the columns it
 * requires, and a fresh job per file. A Spring bean of this type is all a new kind needs to be served
 * by POST /api/imports/{name}.
 */
public interface ImportKind {

    /** The name in POST /api/imports/{name}. */
    String name();

    /** The header must name each of these (in any order; other columns are ignored). */
    List<String> requiredColumns();

    /** The columns read when present: with the required ones, a header naming one of them twice is refused. */
    List<String> optionalColumns();

    /** A job holds what checking one file learns (vouchers seen, lines opened) until it is recorded. */
    ImportJob newJob(LedgerLookup ledger);
}
