package cn.budgetledger.command.web;

import java.time.LocalDate;

public record PaymentRequest(String voucher, LocalDate date, String functionalCode, String economicCode,
                             String projectCode, String fundSource, String amount, String payee, String summary) {

    LineRequest line() {
        return new LineRequest(functionalCode, economicCode, projectCode, fundSource);
    }
}
