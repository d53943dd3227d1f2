package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;

/**
 * Voucher and document numbers are unique within a unit-year. The same document sent again is a safe
 * retry; the same number with other content is a conflict.
 */
final class DocumentNumbersAreUnique {

    private DocumentNumbersAreUnique() {
    }

    static String requireWellFormed(String number, String what) {
        if (number == null || number.isBlank()) {
            throw LedgerException.invalid("DOCUMENT_NUMBER_MISSING", what + "不能为空");
        }
        String stripped = number.strip();
        if (stripped.length() > 64 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw LedgerException.invalid("DOCUMENT_NUMBER_MALFORMED", what + "格式不正确（最长 64 个字符）：" + stripped);
        }
        return stripped;
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
