package cn.budgetledger.api.commands;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 冻结: reserves an amount of a line for a contract, a procurement or a hold, under a freeze document number. */
public record PlaceFreezeCommand(@TargetAggregateIdentifier UnitYear budget, String documentNumber, LocalDate date,
                                 LineKey line, Money amount, FreezeKind kind, String reason) {
}
