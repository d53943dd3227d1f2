package cn.budgetledger.app.security;

import java.util.List;

/** POST /api/admin/users: role 会计/领导/管理员 (or ACCOUNTANT/LEADER/ADMIN); scope as in {@link LedgerUser}. */
public record NewUserRequest(String username, String displayName, String password, String role, List<String> scope) {
}
