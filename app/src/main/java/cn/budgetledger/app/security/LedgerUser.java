package cn.budgetledger.app.security;

import java.util.Set;

/**
 * A person who signs in, with their scope: unit codes for an accountant, department (parent) codes for
 * a leader, or {@link #EVERY_UNIT}.
 */
public record LedgerUser(String username, String displayName, Role role, boolean enabled, Set<String> scope) {

    public static final String EVERY_UNIT = "*";

    public boolean covers(String code) {
        return scope.contains(EVERY_UNIT) || (code != null && scope.contains(code));
    }
}
