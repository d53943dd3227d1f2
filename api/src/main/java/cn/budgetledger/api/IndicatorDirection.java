package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 指标方向: whether more of the indicator is better (正向) or less is (反向). */
public enum IndicatorDirection {
    POSITIVE("正向"),
    NEGATIVE("反向");

    private final String label;

    IndicatorDirection(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Accepts 正向 / 反向 and the seeds' 正向指标 / 反向指标. */
    @JsonCreator
    public static IndicatorDirection of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (IndicatorDirection direction : values()) {
            if (wanted.equals(direction.label) || wanted.equals(direction.label + "指标") || wanted.equals(direction.name())) {
                return direction;
            }
        }
        throw LedgerException.invalid("DIRECTION_UNKNOWN", "未知的指标方向：" + wanted + "（应为 正向 或 反向）");
    }
}
