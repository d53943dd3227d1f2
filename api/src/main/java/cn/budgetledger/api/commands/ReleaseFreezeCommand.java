package cn.budgetledger.api.commands;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 解冻: gives back part of a freeze, or (amount null) all that is still frozen. */
public record ReleaseFreezeCommand(@TargetAggregateIdentifier UnitYear budget, String documentNumber, LocalDate date,
                                   Money amount) {
}
