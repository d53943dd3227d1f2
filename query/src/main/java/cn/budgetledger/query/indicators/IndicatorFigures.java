package cn.budgetledger.query.indicators;

import cn.budgetledger.api.Money;

/**
 * A scope's measures and indicators as the API shows them (formats.md): amounts as yuan strings,
 * rates as percent strings with two decimals half-up, null where the formula has no denominator.
 */
public record IndicatorFigures(Money original, Money adjusted, Money executed, Money available, String executionRate,
                               String accuracyDeviation, int adjustmentCount, String operationGuaranteeRate,
                               String threePublicControlRate) {

    public static IndicatorFigures of(ScopeIndicators scope) {
        Measures measures = scope.measures();
        Indicators indicators = scope.indicators();
        return new IndicatorFigures(measures.original(), measures.adjusted(), measures.executed(), measures.available(),
                Percent.shown(indicators.executionRate()), Percent.shown(indicators.accuracyDeviation()),
                indicators.adjustmentCount(), Percent.shown(indicators.operationGuaranteeRate()),
                Percent.shown(indicators.threePublicControlRate()));
    }
}
