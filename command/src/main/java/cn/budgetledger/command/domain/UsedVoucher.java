package cn.budgetledger.command.domain;

/** What the unit-year knows of a voucher number it has used: for a payment or for a reversal. */
sealed interface UsedVoucher permits RecordedPayment, RecordedReversal {

    /** Tells a resent document from a different one under the same number. */
    String contentDigest();
}
