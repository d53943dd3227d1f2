package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 年终结转, dated the last day of the year: closes it; unspent 项目支出 balances go to the next year, 基本支出 balances lapse. */
public record CloseBudgetYearCommand(@TargetAggregateIdentifier UnitYear budget, LocalDate date) {
}
