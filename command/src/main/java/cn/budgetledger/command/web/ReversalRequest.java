package cn.budgetledger.command.web;

import java.time.LocalDate;

/** 冲销: the reversal's own voucher, the voucher it reverses, and (optionally) the amount as a check. */
public record ReversalRequest(String voucher, String originalVoucher, LocalDate date, String amount, String reason) {
}
