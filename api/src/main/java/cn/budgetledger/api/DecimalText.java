package cn.budgetledger.api;

import java.util.regex.Pattern;

/**
 * A decimal number as finance staff write it: optional sign, digits, optional point, and thousands separators
 * (',' or the full-width '，') only in groups of three before the point: 1,234.50 and 1,234,567 yes; 1,50, 1,2,3,
 * ,100, 100, and 1,2345 no, since reading them as 150, 123… would change the amount.
 */
final class DecimalText {

    // Compiled once: amounts are parsed for every event read back from the store.
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private DecimalText() {
    }

    /** The number without its separators, or null when it is not a number or a separator is out of place. */
    static String withoutSeparators(String text) {
        String stripped = text.strip();
        if (stripped.indexOf(',') < 0 && stripped.indexOf('，') < 0) {
            return PLAIN.matcher(stripped).matches() ? stripped : null;
        }
        String ascii = stripped.replace('，', ',');
        return GROUPED.matcher(ascii).matches() ? ascii.replace(",", "") : null;
    }
}
