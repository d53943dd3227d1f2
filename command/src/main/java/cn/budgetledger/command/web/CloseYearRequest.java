package cn.budgetledger.command.web;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;

public record CloseYearRequest(@JsonDeserialize(using = StrictDate.class) LocalDate date) {
}
