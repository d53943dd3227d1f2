package cn.budgetledger.command.imports;

import java.util.Map;

/**
 * One data row of an import file as its columns' texts, keyed by header name. The number is the row as
 * the user sees it in Excel or a text editor: the header is row 1.
 */
public record SheetRow(int number, Map<String, String> cells) {

    /**
     * The cell's text without the spaces and line breaks around it; empty when the column is absent or the cell empty.
     * Other invisible characters stay, so that the ledger's text rules see and refuse them.
     */
    public String text(String column) {
        String value = cells.get(column);
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00A0';
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(value -> value == null || value.isBlank());
    }
}
