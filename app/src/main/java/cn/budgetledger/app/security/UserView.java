package cn.budgetledger.app.security;

import java.util.Set;

/** A user as the administration pages see them; never the password. */
public record UserView(String username, String displayName, String role, String roleName, boolean enabled,
                       Set<String> scope) {

    static UserView of(LedgerUser user) {
        return new UserView(user.username(), user.displayName(), user.role().name(), user.role().label(),
                user.enabled(), user.scope());
    }
}
