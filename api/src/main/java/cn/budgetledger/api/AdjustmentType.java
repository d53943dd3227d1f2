package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 科目调整的类型. */
public enum AdjustmentType {
    /** 调剂: moves money between lines; the entries sum to zero. */
    REALLOCATION("调剂"),
    /** 追加: adds money; every entry positive. */
    INCREASE("追加"),
    /** 追减: removes money; every entry negative. */
    DECREASE("追减");

    private final String label;

    AdjustmentType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static AdjustmentType of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (AdjustmentType type : values()) {
            if (type.label.equals(wanted) || type.name().equals(wanted)) {
                return type;
            }
        }
        throw LedgerException.invalid("ADJUSTMENT_TYPE_UNKNOWN", "未知的调整类型：" + wanted + "（应为 调剂、追加 或 追减）");
    }
}
