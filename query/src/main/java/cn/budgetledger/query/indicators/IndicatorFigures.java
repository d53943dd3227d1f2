package cn.budgetledger.query.indicators;

/**
 * A scope's measures and indicators as the API shows them (formats.md): amounts as yuan strings,
 * rates as percent strings with two decimals half-up, null where the formula has no denominator.
 */
public record IndicatorFigures(String original, String adjusted, String executed, String frozen,
                               String awaitingReview, String available, String executionRate,
                               String accuracyDeviation, int adjustmentCount,
                               String operationGuaranteeRate, String threePublicControlRate) {

    public static IndicatorFigures of(ScopeIndicators scope) {
        return of(scope.measures().sums(), scope.indicators());
    }

    /** Sums of many unit-years, beyond what one year's Money holds. */
    public static IndicatorFigures of(MeasureSums measures, int adjustmentCount) {
        return of(measures, Indicators.of(measures, adjustmentCount));
    }

    private static IndicatorFigures of(MeasureSums measures, Indicators indicators) {
        return new IndicatorFigures(MeasureSums.yuan(measures.original()), MeasureSums.yuan(measures.adjusted()),
                MeasureSums.yuan(measures.executed()), MeasureSums.yuan(measures.frozen()),
                MeasureSums.yuan(measures.awaitingReview()), MeasureSums.yuan(measures.available()),
                Percent.shown(indicators.executionRate()), Percent.shown(indicators.accuracyDeviation()),
                indicators.adjustmentCount(), Percent.shown(indicators.operationGuaranteeRate()),
                Percent.shown(indicators.threePublicControlRate()));
    }
}
