package cn.budgetledger.app.security;

import java.util.List;

/** PUT /api/admin/users/{username}/scope: unit codes (会计), department codes (领导), or "*". */
public record ScopeRequest(List<String> scope) {
}
