package cn.budgetledger.command.web;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;

public record PaymentRequest(String voucher, @JsonDeserialize(using = StrictDate.class) LocalDate date, String functionalCode, String economicCode,
                             String projectCode, String fundSource, String amount, String payee, String summary,
                             String origin) {

    public PaymentRequest(String voucher, LocalDate date, String functionalCode, String economicCode, String projectCode,
                          String fundSource, String amount, String payee, String summary) {
        this(voucher, date, functionalCode, economicCode, projectCode, fundSource, amount, payee, summary, null);
    }

    LineRequest line() {
        return new LineRequest(functionalCode, economicCode, projectCode, fundSource, origin);
    }
}
