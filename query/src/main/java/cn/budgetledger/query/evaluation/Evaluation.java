package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;
import java.util.List;

/** 绩效自评 of a unit-year: the unit as a whole (整体支出) and each project with targets. */
public record Evaluation(UnitYear budget, String unitName, LocalDate asOf, ScopeEvaluation unit,
                         List<ScopeEvaluation> projects) {
}
