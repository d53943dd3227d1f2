package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 指标类型 of an allocation document: what approved the money. */
public enum AllocationType {
    INITIAL_APPROVAL("年初批复"),
    /** An increase approved during the year: recorded as a 追加 adjustment, never as an allocation. */
    INCREASE("追加"),
    CARRIED_OVER("上年结转");

    private final String label;

    AllocationType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The lines an allocation of this type allocates: carried money is of origin 上年结转, the rest 本年. */
    public Origin origin() {
        return this == CARRIED_OVER ? Origin.CARRIED_OVER : Origin.CURRENT_YEAR;
    }

    @JsonCreator
    public static AllocationType of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (AllocationType type : values()) {
            if (type.label.equals(wanted) || type.name().equals(wanted)) {
                return type;
            }
        }
        throw LedgerException.invalid("ALLOCATION_TYPE_UNKNOWN", "未知的指标类型：" + wanted + "（应为 年初批复、追加 或 上年结转）");
    }
}
