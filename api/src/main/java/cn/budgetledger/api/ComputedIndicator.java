package cn.budgetledger.api;

/** The five indicators the ledger computes itself (indicators.md); every other 三级指标 is manual. */
public enum ComputedIndicator {
    EXECUTION_RATE("预算执行率", "executionRate"),
    ACCURACY_DEVIATION("预算编制准确率", "accuracyDeviation"),
    ADJUSTMENT_COUNT("科目调整次数", "adjustmentCount"),
    OPERATION_GUARANTEE_RATE("运转保障率", "operationGuaranteeRate"),
    THREE_PUBLIC_CONTROL_RATE("三公经费控制率", "threePublicControlRate");

    private final String label;
    private final String key;

    ComputedIndicator(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The key of the indicator in the API (formats.md). */
    public String key() {
        return key;
    }
}
