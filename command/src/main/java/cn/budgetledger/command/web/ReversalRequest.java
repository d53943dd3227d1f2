package cn.budgetledger.command.web;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;

/** 冲销: the reversal's own voucher, the voucher it reverses, and (optionally) the amount as a check. */
public record ReversalRequest(String voucher, String originalVoucher, @JsonDeserialize(using = StrictDate.class) LocalDate date, String amount, String reason) {
}
