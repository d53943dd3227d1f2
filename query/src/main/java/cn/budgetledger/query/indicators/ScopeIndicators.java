package cn.budgetledger.query.indicators;

/** A scope (the unit, a project or a line) with its measures and its computed indicators. */
public record ScopeIndicators(Measures measures, Indicators indicators) {

    public static ScopeIndicators of(Measures measures, int adjustmentCount) {
        return new ScopeIndicators(measures, Indicators.of(measures, adjustmentCount));
    }
}
