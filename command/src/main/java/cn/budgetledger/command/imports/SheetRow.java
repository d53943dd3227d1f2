package cn.budgetledger.command.imports;

import java.util.Map;

/**
 * One data row of an import file as its columns' texts, keyed by header name. The number is the row as
 * the user sees it in Excel or a text editor: the header is row 1.
 */
public record SheetRow(int number, Map<String, String> cells) {

    /** The cell's text, stripped; empty when the column is absent or the cell empty. */
    public String text(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(value -> value == null || value.isBlank());
    }
}
