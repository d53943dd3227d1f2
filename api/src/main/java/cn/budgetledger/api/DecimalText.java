package cn.budgetledger.api;

import java.util.regex.Pattern;

/** A decimal number as finance staff write it once separators are gone: optional sign, digits, optional point. */
final class DecimalText {

    // Compiled once: amounts are parsed for every event read back from the store.
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private DecimalText() {
    }

    static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches();
    }
}
