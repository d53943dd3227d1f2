package cn.budgetledger.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a text of the ledger may hold (domain.md): free text (payee, summary, reasons) is what a person types,
 * bounded, without control characters; names and document numbers are one line; codes hold only what their format
 * allows. One rule for the aggregate and for the imports' checks, so a JSON command and an import row are refused
 * with the same message. A NUL in particular would be stored in the event but refused by every PostgreSQL text
 * column, stalling the read models on that event; a bidi override (U+202E) makes a voucher read other than it is.
 * Not applied when events are read back: what was recorded stays readable.
 */
public final class PlainText {

    /** Payee, summary, reasons. */
    public static final int FREE_TEXT_LENGTH = 500;
    /** Unit, project, indicator and subject names, units of measure. */
    public static final int NAME_LENGTH = 200;
    /** Vouchers, approval and adjustment document numbers. */
    public static final int DOCUMENT_NUMBER_LENGTH = 64;
    public static final int PROJECT_CODE_LENGTH = 64;

    /** Project codes as budgets print them (42010022503T000000142, P-OFFICE): letters, digits, '-', '_', '.'. */
    private static final Pattern PROJECT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A 主管部门 is named by the first digits of its units' codes (503 for 503019). */
    private static final Pattern PARENT_CODE = Pattern.compile("\\d{1,6}");

    private PlainText() {
    }

    /** Free text, optional: line breaks and tabs (as Excel cells carry them) are fine. */
    public static String requireFreeText(String text, String what) {
        return require(text, what, FREE_TEXT_LENGTH, true);
    }

    /** A name, optional: one line. */
    public static String requireName(String text, String what) {
        return require(text, what, NAME_LENGTH, false);
    }

    /** A voucher or document number: required, one line, at most 64 characters; stripped. */
    public static String requireDocumentNumber(String number, String what) {
        if (number == null || number.isBlank()) {
            throw LedgerException.invalid("DOCUMENT_NUMBER_MISSING", what + "不能为空");
        }
        // Checked before stripping: strip() would quietly drop a trailing tab or U+001F.
        requireCharacters(number, what, false);
        String stripped = number.strip();
        return require(stripped, what, DOCUMENT_NUMBER_LENGTH, false);
    }

    /** The number as {@link #requireDocumentNumber} takes it (stripped), or empty if it would refuse it. */
    public static Optional<String> documentNumber(String number) {
        try {
            return Optional.of(requireDocumentNumber(number, ""));
        } catch (LedgerException malformed) {
            return Optional.empty();
        }
    }

    /** A project code: required, letters, digits, '-', '_' and '.', at most 64 characters; stripped. */
    public static String requireProjectCode(String code) {
        String stripped = requireProjectCodeGiven(code);
        if (stripped.length() > PROJECT_CODE_LENGTH || !PROJECT_CODE.matcher(stripped).matches()
                || code.chars().anyMatch(Character::isISOControl)) {
            throw LedgerException.invalid("PROJECT_CODE_MALFORMED", "项目编码只能由字母、数字和 - _ . 组成（最长 "
                    + PROJECT_CODE_LENGTH + " 个字符）：" + shown(stripped));
        }
        return stripped;
    }

    /**
     * A project code is given, stripped; only that, for the values that read recorded events (LineKey, Project): a
     * code recorded before the stricter rule above must still load.
     */
    public static String requireProjectCodeGiven(String code) {
        if (code == null || code.isBlank()) {
            throw LedgerException.invalid("PROJECT_CODE_MISSING", "项目编码不能为空");
        }
        return code.strip();
    }

    /** A parent department code, optional: 1 to 6 digits. */
    public static String requireParentCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        if (!PARENT_CODE.matcher(stripped).matches() || code.chars().anyMatch(Character::isISOControl)) {
            throw LedgerException.invalid("PARENT_CODE_MALFORMED", "主管部门代码应为 1 至 6 位数字：" + shown(stripped));
        }
        return stripped;
    }

    private static String require(String text, String what, int maxLength, boolean lineBreaksAllowed) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw LedgerException.invalid("TEXT_TOO_LONG", what + "最长 " + maxLength + " 个字符，收到 " + text.length() + " 个");
        }
        requireCharacters(text, what, lineBreaksAllowed);
        return text;
    }

    private static void requireCharacters(String text, String what, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                if (!lineBreaksAllowed) {
                    throw LedgerException.invalid("TEXT_HAS_LINE_BREAK", what + "不能含换行符或制表符");
                }
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' || isLoneSurrogate(text, i)) {
                throw LedgerException.invalid("TEXT_HAS_CONTROL_CHARACTERS", what + "含有不可见的控制字符 " + codePoint(c));
            } else if (isDirectionControl(c)) {
                throw LedgerException.invalid("TEXT_HAS_DIRECTION_CONTROLS",
                        what + "含有改变文字显示方向的不可见字符 " + codePoint(c));
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
    }

    /** Bidi embeddings, overrides and isolates, the direction marks, and a byte-order mark inside text. */
    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF';
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** A refused text as a message may show it: invisible characters written out, long texts cut. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && shown.length() < 80; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) || isDirectionControl(c) || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF' ? "\\u" + String.format("%04X", (int) c) : String.valueOf(c));
        }
        return text.length() > 80 ? shown + "…（共 " + text.length() + " 个字符）" : shown.toString();
    }
}
