package cn.budgetledger.command.web;

import java.time.LocalDate;

public record CloseYearRequest(LocalDate date) {
}
