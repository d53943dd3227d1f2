package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 指标来源: this year's appropriation or money carried from last year. Part of a line's identity, so carried
 * money keeps its fund source and still stands apart from this year's.
 */
public enum Origin {
    CURRENT_YEAR("本年"),
    CARRIED_OVER("上年结转");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The origin of a line stored before lines had one: carried when it names the old pseudo fund source
     * 上年结转结余, this year's otherwise.
     */
    public static Origin before(FundSource fundSource) {
        return fundSource == FundSource.CARRIED_OVER ? CARRIED_OVER : CURRENT_YEAR;
    }

    @JsonCreator
    public static Origin of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (Origin origin : values()) {
            if (origin.label.equals(wanted) || origin.name().equals(wanted)) {
                return origin;
            }
        }
        throw LedgerException.invalid("ORIGIN_UNKNOWN", "未知的指标来源：" + wanted + "（应为 本年 或 上年结转）");
    }
}
