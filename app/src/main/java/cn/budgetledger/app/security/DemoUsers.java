package cn.budgetledger.app.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The demo users of formats.md, only in the embedded demo mode: accountant/accountant records and imports
 * for every unit, manager/manager (a leader) reads every unit, admin/admin manages users. Created once, before
 * the web server takes requests; an administrator's later changes to them are kept.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
public class DemoUsers implements SmartInitializingSingleton {

    private final UserDirectory users;
    private final PasswordEncoder passwords;

    public DemoUsers(UserDirectory users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed("accountant", "演示会计", Role.ACCOUNTANT);
        seed("manager", "演示领导", Role.LEADER);
        seed("admin", "演示管理员", Role.ADMIN);
        seed("reviewer", "演示审核", Role.REVIEWER);
    }

    private void seed(String username, String displayName, Role role) {
        if (!users.exists(username)) {
            users.createIfAbsent(new LedgerUser(username, displayName, role, true,
                    role == Role.ADMIN ? Set.of() : Set.of(LedgerUser.EVERY_UNIT)), passwords.encode(username));
        }
    }
}
