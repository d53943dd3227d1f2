package cn.budgetledger.api;

/** The five indicators the ledger computes itself (indicators.md); every other 三级指标 is manual. */
public enum ComputedIndicator {
    EXECUTION_RATE("预算执行率", "executionRate", null),
    // The published name says accuracy, the formula measures a deviation: every report says which.
    ACCURACY_DEVIATION("预算编制准确率", "accuracyDeviation", "实为偏差率 ∣执行−年初∣/年初，越低越好"),
    ADJUSTMENT_COUNT("科目调整次数", "adjustmentCount", null),
    OPERATION_GUARANTEE_RATE("运转保障率", "operationGuaranteeRate", null),
    THREE_PUBLIC_CONTROL_RATE("三公经费控制率", "threePublicControlRate", null);

    private final String label;
    private final String key;
    private final String reading;

    ComputedIndicator(String label, String key, String reading) {
        this.label = label;
        this.key = key;
        this.reading = reading;
    }

    /** How to read the figure where its name misleads; null where the name says it. */
    public String reading() {
        return reading;
    }

    public String label() {
        return label;
    }

    /** The key of the indicator in the API (formats.md). */
    public String key() {
        return key;
    }
}
