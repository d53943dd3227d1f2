package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The users and their scopes, in PostgreSQL (tables ledger_user and ledger_user_scope). */
@Repository
public class UserDirectory {

    private final JdbcTemplate jdbc;

    public UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LedgerUser> find(String username) {
        return jdbc.query("select username, display_name, role, enabled from ledger_user where username = ?",
                (row, i) -> new LedgerUser(row.getString("username"), row.getString("display_name"),
                        Role.valueOf(row.getString("role")), row.getBoolean("enabled"), scopeOf(row.getString("username"))),
                username).stream().findFirst();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.queryForList("select password_hash from ledger_user where username = ?", String.class, username)
                .stream().findFirst();
    }

    public List<LedgerUser> all() {
        return jdbc.queryForList("select username from ledger_user order by role, username", String.class).stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /** Whether this name, in any case, is taken (usernames are unique regardless of case, V10_1). */
    public boolean exists(String username) {
        return !jdbc.queryForList("select 1 from ledger_user where lower(username) = lower(?)", Integer.class, username)
                .isEmpty();
    }

    @Transactional
    public void create(LedgerUser user, String passwordHash) {
        int inserted = jdbc.update("insert into ledger_user (username, display_name, password_hash, role, enabled) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing",
                user.username(), user.displayName(), passwordHash, user.role().name(), user.enabled());
        if (inserted == 0) {
            throw LedgerException.conflict("USER_EXISTS", "用户名已存在（不区分大小写）：" + user.username());
        }
        assign(user.username(), user.scope());
    }

    /** Creates the user unless one of that name exists; safe when several instances start at once. */
    @Transactional
    public void createIfAbsent(LedgerUser user, String passwordHash) {
        int inserted = jdbc.update("insert into ledger_user (username, display_name, password_hash, role, enabled) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing",
                user.username(), user.displayName(), passwordHash, user.role().name(), user.enabled());
        if (inserted == 1) {
            assign(user.username(), user.scope());
        }
    }

    /** Replaces the user's scope with the given codes. */
    @Transactional
    public void assign(String username, Collection<String> codes) {
        requireExisting(username);
        jdbc.update("delete from ledger_user_scope where username = ?", username);
        for (String code : new TreeSet<>(codes)) {
            jdbc.update("insert into ledger_user_scope (username, code) values (?, ?)", username, code);
        }
    }

    public void enable(String username, boolean enabled) {
        requireExisting(username);
        jdbc.update("update ledger_user set enabled = ? where username = ?", enabled, username);
    }

    public void changePassword(String username, String passwordHash) {
        requireExisting(username);
        jdbc.update("update ledger_user set password_hash = ? where username = ?", passwordHash, username);
    }

    private void requireExisting(String username) {
        if (jdbc.queryForList("select 1 from ledger_user where username = ?", Integer.class, username).isEmpty()) {
            throw LedgerException.notFound("USER_NOT_FOUND", "没有这个用户：" + username);
        }
    }

    private Set<String> scopeOf(String username) {
        return new TreeSet<>(jdbc.queryForList("select code from ledger_user_scope where username = ?", String.class,
                username));
    }
}
