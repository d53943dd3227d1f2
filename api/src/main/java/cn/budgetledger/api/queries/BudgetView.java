package cn.budgetledger.api.queries;

import java.time.LocalDate;
import java.util.List;

/** A unit-year as of a date: the unit's totals, each project, each line. */
public record BudgetView(String unit, int year, String unitName, String parentCode, LocalDate closedOn,
                         LocalDate asOf, Figures totals, List<ProjectView> projects, List<LineView> lines) {
}
