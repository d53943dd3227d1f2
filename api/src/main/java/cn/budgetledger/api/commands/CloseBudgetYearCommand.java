package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 年终结转: closes the year; unspent 项目支出 balances go to the next year. */
public record CloseBudgetYearCommand(@TargetAggregateIdentifier UnitYear budget, LocalDate date) {
}
