package cn.budgetledger.query.indicators;

/** One line's indicators. */
public record LineIndicators(LineMeasures line, ScopeIndicators figures) {
}
