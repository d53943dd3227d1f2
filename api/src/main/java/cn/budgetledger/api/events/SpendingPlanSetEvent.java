package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PlanMonth;

import java.util.List;

/**
 * A line's spending plan (用款计划) set or revised: its twelve months in order, every one named (zero where nothing
 * is planned). A revision is a new event; the plans before it stay in the history.
 */
public record SpendingPlanSetEvent(UnitYear budget, LineKey line, Project project, List<PlanMonth> months) {
}
