package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The users and their scopes, in PostgreSQL (tables ledger_user and ledger_user_scope). */
@Repository
public class UserDirectory {

    /** Far more than any office's users: names that were never users are kept too, so guesses cannot grow it. */
    private static final int MAX_KEPT = 10_000;

    private final JdbcTemplate jdbc;
    private final DirectoryChanges changes;
    /** Users as read, each with the directory's generation before it was read: kept while no change is heard. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    public UserDirectory(JdbcTemplate jdbc, DirectoryChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public Optional<LedgerUser> find(String username) {
        return found(username).map(Found::user);
    }

    /** The user and the password's hash from one reading, for a sign-in. */
    public Optional<Found> forSignIn(String username) {
        return found(username);
    }

    /** A user as stored, with the password's hash and the scope, read in one statement. */
    public record Found(LedgerUser user, String passwordHash) {
    }

    private record Kept(long generation, Optional<Found> found) {
    }

    /**
     * A user is read once while the directory is unchanged: every request of a user asked for it (sign-in, each
     * unit check), a statement per payment. Any change, by this instance or another, is heard and moves the
     * generation on, so what was read before it is read again; while no change can be heard, every ask reads.
     */
    private Optional<Found> found(String username) {
        long generation = changes.generation();
        if (generation == DirectoryChanges.UNKNOWN) {
            return read(username);
        }
        Kept known = kept.get(username);
        if (known != null && known.generation() == generation) {
            return known.found();
        }
        Optional<Found> found = read(username);
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        // read after the generation was taken: a change heard meanwhile leaves it stale, read again next time
        kept.put(username, new Kept(generation, found));
        return found;
    }

    private Optional<Found> read(String username) {
        return jdbc.query("""
                select username, display_name, role, enabled, password_hash,
                       array(select code from ledger_user_scope s where s.username = u.username) as scope
                from ledger_user u where username = ?""",
                (row, i) -> new Found(new LedgerUser(row.getString("username"), row.getString("display_name"),
                        Role.valueOf(row.getString("role")), row.getBoolean("enabled"),
                        // kept and shared between requests: nobody may change it
                        Collections.unmodifiableSortedSet(
                                new TreeSet<>(Arrays.asList((String[]) row.getArray("scope").getArray())))),
                        row.getString("password_hash")),
                username).stream().findFirst();
    }

    /** A change made here: stale at once, and again once committed (a read meanwhile saw the old rows). */
    private void forget() {
        changes.changed();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.changed();
                }
            });
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
        requireExisting(username);
        jdbc.update("update ledger_user set enabled = ? where username = ?", enabled, username);
        forget();
    }

    public void changePassword(String username, String passwordHash) {
        requireExisting(username);
        jdbc.update("update ledger_user set password_hash = ? where username = ?", passwordHash, username);
        forget();
    }

    private void requireExisting(String username) {
        if (jdbc.queryForList("select 1 from ledger_user where username = ?", Integer.class, username).isEmpty()) {
            throw LedgerException.notFound("USER_NOT_FOUND", "没有这个用户：" + username);
        }
    }

}
