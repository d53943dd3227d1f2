package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.PlainText;

/**
 * Voucher and document numbers are unique within a unit-year. The same document sent again is a safe
 * retry; the same number with other content is a conflict.
 */
final class DocumentNumbersAreUnique {

    private DocumentNumbersAreUnique() {
    }

    static String requireWellFormed(String number, String what) {
        return PlainText.requireDocumentNumber(number, what);
    }

    /** Whether the number may be asked of the register at all: a malformed one is refused by its command. */
    static boolean isWellFormed(String number) {
        try {
            PlainText.requireDocumentNumber(number, "");
            return true;
        } catch (LedgerException malformed) {
            return false;
        }
    }

    /** @return true when the number was already recorded with this very content: nothing to do. */
    static boolean isRetry(String recordedDigest, String digest, String what, String number) {
        return recordedDigest != null && isRetry(recordedDigest.equals(digest), what, number);
    }

    /** The number was recorded before: a retry when the content is the same, else a conflict. */
    static boolean isRetry(boolean sameContent, String what, String number) {
        if (!sameContent) {
            throw LedgerException.conflict("DOCUMENT_NUMBER_CONFLICT",
                    what + " " + number + " 已用于内容不同的单据，不能重复使用");
        }
        return true;
    }

    static void requireUnused(boolean used, String what, String number) {
        if (used) {
            throw LedgerException.conflict("DOCUMENT_NUMBER_CONFLICT",
                    what + " " + number + " 已用于其他单据，不能重复使用");
        }
    }
}
