package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 项目类别: decides 基本支出 versus 项目支出, and which lines count for 运转保障率. */
public enum ProjectCategory {
    PERSONNEL("人员类"),
    PUBLIC_FUNDS("公用经费"),
    OTHER_OPERATING("其他运转类"),
    SPECIFIC_PURPOSE("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** 人员类 and 公用经费 are 基本支出; the other two are 项目支出. */
    public boolean isBasicExpenditure() {
        return this == PERSONNEL || this == PUBLIC_FUNDS;
    }

    /** The lines whose execution keeps the unit running, counted by 运转保障率. */
    public boolean isOperating() {
        return this != SPECIFIC_PURPOSE;
    }

    @JsonCreator
    public static ProjectCategory of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (ProjectCategory category : values()) {
            if (category.label.equals(wanted) || category.name().equals(wanted)) {
                return category;
            }
        }
        throw LedgerException.invalid("PROJECT_CATEGORY_UNKNOWN",
                "未知的项目类别：" + wanted + "（应为 人员类、公用经费、其他运转类 或 特定目标类）");
    }
}
