package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;

/** What a signed-in person does here. The Chinese label is what the pages show. */
public enum Role {
    /** 会计: records and imports for the units assigned to them. */
    ACCOUNTANT("会计"),
    /** 领导: reads every unit of the departments assigned to them. */
    LEADER("领导"),
    /** 管理员: manages users and their units; sees no ledger figures. */
    ADMIN("管理员"),
    /** 审核: reads the units assigned to them and approves or returns their entries; enters nothing (制单 ≠ 审核). */
    REVIEWER("审核");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accountants and reviewers are assigned units; leaders, departments. */
    public boolean isScopedToUnits() {
        return this == ACCOUNTANT || this == REVIEWER;
    }

    public static Role of(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name) || role.label.equals(name)) {
                return role;
            }
        }
        throw LedgerException.invalid("ROLE_UNKNOWN", "未知的角色：" + name + "（应为 会计、领导、管理员 或 审核）");
    }
}
