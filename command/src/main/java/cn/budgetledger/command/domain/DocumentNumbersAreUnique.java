package cn.budgetledger.command.domain;

import cn.budgetledger.api.PlainText;

/**
 * Voucher and document numbers are unique within a unit-year. The same document sent again is a safe
 * retry; the same number with other content is a conflict.
 */
final class DocumentNumbersAreUnique {

    static final String APPROVAL = "批复文号";
    static final String ADJUSTMENT = "调整单号";
    static final String VOUCHER = "凭证号";
    static final String CORRECTION = "更正单号";
    static final String FREEZE = "冻结单号";

    private DocumentNumbersAreUnique() {
    }

    static String requireWellFormed(String number, String what) {
        return PlainText.requireDocumentNumber(number, what);
    }

    /** An approval (批复) number, given the digest of the content it was recorded with, if it was. */
    static NumberUse approval(String number, String recordedDigest, String digest) {
        return ofDigests(APPROVAL, number, recordedDigest, digest);
    }

    /** An adjustment (调整单) number, given the digest of the content it was recorded with, if it was. */
    static NumberUse adjustment(String number, String recordedDigest, String digest) {
        return ofDigests(ADJUSTMENT, number, recordedDigest, digest);
    }

    /** A correction (更正) number, given the digest of the content it was recorded with, if it was. */
    static NumberUse correction(String number, String recordedDigest, String digest) {
        return ofDigests(CORRECTION, number, recordedDigest, digest);
    }

    /** A freeze (冻结单) number, given the digest of the content it was recorded with, if it was. */
    static NumberUse freeze(String number, String recordedDigest, String digest) {
        return ofDigests(FREEZE, number, recordedDigest, digest);
    }

    /** A payment or reversal voucher, given what it was used for, if anything: a refused voucher is still free. */
    static NumberUse voucher(String number, UsedVoucher used, UsedVoucher sent) {
        if (used == null || !used.isUsedUp()) {
            return NumberUse.NEW;
        }
        return used.isSentAgainAs(sent) ? NumberUse.RETRY : taken(VOUCHER, number);
    }

    private static NumberUse ofDigests(String what, String number, String recordedDigest, String digest) {
        if (recordedDigest == null) {
            return NumberUse.NEW;
        }
        return recordedDigest.equals(digest) ? NumberUse.RETRY : taken(what, number);
    }

    private static NumberUse taken(String what, String number) {
        return NumberUse.taken(Rejection.conflict("DOCUMENT_NUMBER_CONFLICT",
                what + " " + number + " 已用于内容不同的单据，不能重复使用"));
    }
}
