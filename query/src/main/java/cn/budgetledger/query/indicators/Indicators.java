package cn.budgetledger.query.indicators;

import cn.budgetledger.api.ComputedIndicator;
import cn.budgetledger.api.Money;

import java.math.BigDecimal;

/**
 * The five computed indicators of one scope as of a date (indicators.md), exact; null where the
 * formula has no denominator.
 */
public record Indicators(BigDecimal executionRate, BigDecimal accuracyDeviation, int adjustmentCount,
                         BigDecimal operationGuaranteeRate, BigDecimal threePublicControlRate) {

    public static Indicators of(Measures measures, int adjustmentCount) {
        return new Indicators(
                measures.adjusted().isZero() ? null : Percent.of(measures.executed(), measures.adjusted()),
                measures.original().isZero() ? null
                        : Percent.of(abs(measures.executed().minus(measures.original())), measures.original()),
                adjustmentCount,
                operationGuaranteeRate(measures),
                threePublicControlRate(measures));
    }

    /** met / (met + unmet) × 100 over the operating lines. */
    private static BigDecimal operationGuaranteeRate(Measures measures) {
        BigDecimal met = BigDecimal.valueOf(measures.operatingExecuted().fen());
        BigDecimal needed = met.add(new BigDecimal(measures.operatingUnmet()));
        return needed.signum() == 0 ? null : Percent.of(met, needed);
    }

    /** 0 when nothing was budgeted nor spent on 三公; null when spent without a budget. */
    private static BigDecimal threePublicControlRate(Measures measures) {
        if (measures.threePublicOriginal().isZero()) {
            return measures.threePublicExecuted().isZero() ? BigDecimal.ZERO : null;
        }
        return Percent.of(measures.threePublicExecuted(), measures.threePublicOriginal());
    }

    private static Money abs(Money amount) {
        return amount.isNegative() ? amount.negate() : amount;
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
