package cn.budgetledger.command.domain;

/** What the unit-year knows of a voucher number it has used: for a payment or for a reversal. */
sealed interface UsedVoucher permits RecordedPayment, RecordedReversal {
}
