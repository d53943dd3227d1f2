package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;

/**
 * Free text (payee, summary, reasons, names) is what a person types: bounded, and without control characters.
 * A NUL in particular would be stored in the event but refused by every PostgreSQL text column, stalling the
 * read models on that event for good. Line breaks and tabs, as Excel cells carry them, are fine.
 */
final class FreeTextIsPlain {

    static final int MAX_LENGTH = 500;

    private FreeTextIsPlain() {
    }

    static void require(String text, String what) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_LENGTH) {
            throw LedgerException.invalid("TEXT_TOO_LONG", what + "最长 " + MAX_LENGTH + " 个字符，收到 " + text.length() + " 个");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw LedgerException.invalid("TEXT_HAS_CONTROL_CHARACTERS", what + "含有不可见的控制字符");
        }
    }
}
