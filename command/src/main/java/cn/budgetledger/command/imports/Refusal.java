package cn.budgetledger.command.imports;

/** A well-formed row the ledger did not record, e.g. a payment that would overdraw its line (拒付). */
public record Refusal(int row, String voucher, String reason) {
}
