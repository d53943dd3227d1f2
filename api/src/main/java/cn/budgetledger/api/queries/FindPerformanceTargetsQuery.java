package cn.budgetledger.api.queries;

import cn.budgetledger.api.UnitYear;

/** Asks which performance targets a unit-year has, and the weights of its qualitative ones (for an import's checks). */
public record FindPerformanceTargetsQuery(UnitYear budget) {
}
