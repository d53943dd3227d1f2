package cn.budgetledger.api;

import java.util.Optional;

/**
 * A 三级指标 as recorded. Two spellings that differ only by quotes or spaces (「"三公经费"控制率」,
 * 「“三公经费”控制率」, 「三公经费控制率」) name the same indicator.
 */
public record IndicatorName(String value) {

    public IndicatorName {
        if (value == null || value.isBlank()) {
            throw LedgerException.invalid("INDICATOR_NAME_MISSING", "三级指标名称不能为空");
        }
        value = value.strip();
        if (value.length() > 200) {
            throw LedgerException.invalid("INDICATOR_NAME_TOO_LONG", "三级指标名称过长（最多 200 个字符）：" + value);
        }
    }

    /** What identifies the indicator inside its scope: the name without quotes and spaces. */
    public String key() {
        return value.replaceAll("[\"“”'‘’「」『』\\s]", "");
    }

    public Optional<ComputedIndicator> computed() {
        for (ComputedIndicator indicator : ComputedIndicator.values()) {
            if (indicator.label().equals(key())) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
