package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;

/** What a signed-in person does here. The Chinese label is what the pages show. */
public enum Role {
    /** 会计: records and imports for the units assigned to them. */
    ACCOUNTANT("会计"),
    /** 领导: reads every unit of the departments assigned to them. */
    LEADER("领导"),
    /** 管理员: manages users and their units; sees no ledger figures. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Role of(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name) || role.label.equals(name)) {
                return role;
            }
        }
        throw LedgerException.invalid("ROLE_UNKNOWN", "未知的角色：" + name + "（应为 会计、领导 或 管理员）");
    }
}
