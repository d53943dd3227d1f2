package cn.budgetledger.query.indicators;

import cn.budgetledger.api.ComputedIndicator;

import java.math.BigDecimal;

/**
 * The five computed indicators of one scope as of a date (indicators.md), exact; null where the
 * formula has no denominator.
 */
public record Indicators(BigDecimal executionRate, BigDecimal accuracyDeviation, int adjustmentCount,
                         BigDecimal operationGuaranteeRate, BigDecimal threePublicControlRate) {

    public static Indicators of(Measures measures, int adjustmentCount) {
        return of(measures.sums(), adjustmentCount);
    }

    public static Indicators of(MeasureSums measures, int adjustmentCount) {
        BigDecimal original = new BigDecimal(measures.original());
        BigDecimal adjusted = new BigDecimal(measures.adjusted());
        BigDecimal executed = new BigDecimal(measures.executed());
        return new Indicators(
                adjusted.signum() == 0 ? null : Percent.of(executed, adjusted),
                original.signum() == 0 ? null : Percent.of(executed.subtract(original).abs(), original),
                adjustmentCount,
                operationGuaranteeRate(measures),
                threePublicControlRate(measures));
    }

    /** met / (met + unmet) × 100 over the operating lines. */
    private static BigDecimal operationGuaranteeRate(MeasureSums measures) {
        BigDecimal met = new BigDecimal(measures.operatingExecuted());
        BigDecimal needed = met.add(new BigDecimal(measures.operatingUnmet()));
        return needed.signum() == 0 ? null : Percent.of(met, needed);
    }

    /** 0 when nothing was budgeted nor spent on 三公; null when spent without a budget. */
    private static BigDecimal threePublicControlRate(MeasureSums measures) {
        if (measures.threePublicOriginal().signum() == 0) {
            return measures.threePublicExecuted().signum() == 0 ? BigDecimal.ZERO : null;
        }
        return Percent.of(new BigDecimal(measures.threePublicExecuted()), new BigDecimal(measures.threePublicOriginal()));
    }

    public BigDecimal value(ComputedIndicator indicator) {
        return switch (indicator) {
            case EXECUTION_RATE -> executionRate;
            case ACCURACY_DEVIATION -> accuracyDeviation;
            case ADJUSTMENT_COUNT -> BigDecimal.valueOf(adjustmentCount);
            case OPERATION_GUARANTEE_RATE -> operationGuaranteeRate;
            case THREE_PUBLIC_CONTROL_RATE -> threePublicControlRate;
        };
    }

    /** Why an indicator has no value, in words for the report. */
    public static String whyNull(ComputedIndicator indicator) {
        return switch (indicator) {
            case EXECUTION_RATE -> "全年预算数为 0，无法计算预算执行率";
            case ACCURACY_DEVIATION -> "年初预算数为 0，无法计算预算编制准确率";
            case ADJUSTMENT_COUNT -> "";
            case OPERATION_GUARANTEE_RATE -> "运转类指标既无支出也无拒付，无法计算运转保障率";
            case THREE_PUBLIC_CONTROL_RATE -> "未安排\"三公\"经费预算却有\"三公\"经费支出，无法计算控制率";
        };
    }
}
