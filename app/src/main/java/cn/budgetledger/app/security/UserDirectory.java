package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The users and their scopes, in PostgreSQL (tables ledger_user and ledger_user_scope). */
@Repository
public class UserDirectory {

    private static final String READ = UserDirectory.class.getName() + ".read";
    private final JdbcTemplate jdbc;

    public UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LedgerUser> find(String username) {
        return found(username).map(Found::user);
    }

    public Optional<String> passwordHash(String username) {
        return found(username).map(Found::passwordHash);
    }

    /** A user as stored, with the password's hash and the scope, read in one statement. */
    private record Found(LedgerUser user, String passwordHash) {
    }

    /**
     * Within one HTTP request a user is read once: sign-in and each unit check of a request ask for the same user
     * (seven statements per payment before). The next request reads again, so a change applies at once; a change
     * made by this request forgets what it read.
     */
    private Optional<Found> found(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read(username);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<Found>> read = (Map<String, Optional<Found>>) request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new HashMap<>();
            request.setAttribute(READ, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read.computeIfAbsent(username, this::read);
    }

    private Optional<Found> read(String username) {
        return jdbc.query("""
                select username, display_name, role, enabled, password_hash,
                       array(select code from ledger_user_scope s where s.username = u.username) as scope
                from ledger_user u where username = ?""",
                (row, i) -> new Found(new LedgerUser(row.getString("username"), row.getString("display_name"),
                        Role.valueOf(row.getString("role")), row.getBoolean("enabled"),
                        new TreeSet<>(Arrays.asList((String[]) row.getArray("scope").getArray()))),
                        row.getString("password_hash")),
                username).stream().findFirst();
    }

    private static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(READ, RequestAttributes.SCOPE_REQUEST);
        }
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
        forget();
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
        forget();
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
        forget();
        requireExisting(username);
        jdbc.update("delete from ledger_user_scope where username = ?", username);
        for (String code : new TreeSet<>(codes)) {
            jdbc.update("insert into ledger_user_scope (username, code) values (?, ?)", username, code);
        }
    }

    public void enable(String username, boolean enabled) {
        forget();
        requireExisting(username);
        jdbc.update("update ledger_user set enabled = ? where username = ?", enabled, username);
    }

    public void changePassword(String username, String passwordHash) {
        forget();
        requireExisting(username);
        jdbc.update("update ledger_user set password_hash = ? where username = ?", passwordHash, username);
    }

    private void requireExisting(String username) {
        if (jdbc.queryForList("select 1 from ledger_user where username = ?", Integer.class, username).isEmpty()) {
            throw LedgerException.notFound("USER_NOT_FOUND", "没有这个用户：" + username);
        }
    }

}
