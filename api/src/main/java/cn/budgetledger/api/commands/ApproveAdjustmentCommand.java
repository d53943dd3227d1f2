package cn.budgetledger.api.commands;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Files one adjustment document (科目调整 / 预算调剂), however many lines it touches. */
public record ApproveAdjustmentCommand(@TargetAggregateIdentifier UnitYear budget, String documentNumber,
                                       AdjustmentType type, LocalDate date, String reason,
                                       List<AdjustmentEntry> entries) {
}
