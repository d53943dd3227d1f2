package cn.budgetledger.query.sql;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Savepoint;
import java.util.function.Supplier;

/**
 * One event's writes inside its batch's transaction, all or none: a savepoint before them, rolled back to if one
 * fails. PostgreSQL refuses every further statement of a transaction after a failed one; without the savepoint one
 * bad event would fail the whole batch, the good events with it, and the dead-letter queue could not even record
 * the bad one in that transaction.
 */
public final class EventSavepoint {

    private EventSavepoint() {
    }

    /** Runs the writes after a savepoint; outside a transaction, just runs them. */
    public static <T> T around(JdbcTemplate jdbc, Supplier<T> writes) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return writes.get();
        }
        Savepoint savepoint = jdbc.execute((ConnectionCallback<Savepoint>) connection -> connection.setSavepoint());
        T written;
        try {
            written = writes.get();
        } catch (RuntimeException failed) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                connection.rollback(savepoint);
                return null;
            });
            throw failed;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.releaseSavepoint(savepoint);
            return null;
        });
        return written;
    }
}
