package cn.budgetledger.command.imports;

/** One problem of an import file: where (row as the user sees it, header = 1; column by its header) and why. */
public record RowError(int row, String column, String message) {
}
