package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a role's scope may hold: accountants units (6 digits), leaders departments (digits), admins nothing. */
final class ScopeRules {

    private ScopeRules() {
    }

    /** More codes than any city has units: a bound on what one request may write. */
    private static final int MAX_CODES = 10_000;

    static Set<String> checked(Role role, Collection<String> codes) {
        if (codes != null && codes.contains(null)) {
            throw LedgerException.invalid("SCOPE_MALFORMED", "单位或部门代码不能为空（null）");
        }
        if (codes != null && codes.size() > MAX_CODES) {
            throw LedgerException.invalid("SCOPE_MALFORMED", "一次最多分配 " + MAX_CODES + " 个单位或部门");
        }
        Set<String> scope = new TreeSet<>(codes == null ? List.of() : codes);
        if (role == Role.ADMIN && !scope.isEmpty()) {
            throw LedgerException.invalid("SCOPE_NOT_FOR_ADMIN", "管理员不分配单位");
        }
        for (String code : scope) {
            boolean valid = LedgerUser.EVERY_UNIT.equals(code)
                    || (role.isScopedToUnits() ? code.matches("\\d{6}") : code.matches("\\d{1,16}"));
            if (!valid) {
                throw LedgerException.invalid("SCOPE_MALFORMED", role.isScopedToUnits()
                        ? role.label() + "的单位应为 6 位单位代码或 *：" + code
                        : "领导的部门应为主管部门代码（数字）或 *：" + code);
            }
        }
        return scope;
    }
}
