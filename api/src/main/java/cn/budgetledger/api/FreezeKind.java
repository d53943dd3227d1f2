package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 冻结类型: why money on a line is reserved. */
public enum FreezeKind {
    /** 合同: a signed contract. */
    CONTRACT("合同"),
    /** 采购: a procurement under way. */
    PROCUREMENT("采购"),
    /** 财政冻结: a hold put by the finance bureau. */
    FISCAL_HOLD("财政冻结"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    FreezeKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static FreezeKind of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (FreezeKind kind : values()) {
            if (kind.label.equals(wanted) || kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw LedgerException.invalid("FREEZE_KIND_UNKNOWN", "未知的冻结类型：" + wanted + "（应为 合同、采购、财政冻结 或 其他）");
    }
}
