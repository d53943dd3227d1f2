package cn.budgetledger.query.warnings;

import com.fasterxml.jackson.annotation.JsonValue;

/** 预警等级, as the national integration system tiers them; RED is the most severe. */
public enum WarningLevel {
    YELLOW("黄"),
    ORANGE("橙"),
    RED("红");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
