package cn.budgetledger.command.domain;

/** What the unit-year knows of a voucher number: used for a payment or a reversal, or last refused. */
sealed interface UsedVoucher permits RecordedPayment, RecordedReversal, RefusedAttempt {
}
