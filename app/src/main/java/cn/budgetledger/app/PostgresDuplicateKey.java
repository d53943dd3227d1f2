package cn.budgetledger.app;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Tells Axon when an append lost the race for an aggregate's next sequence number. Axon's default JDBC resolver
 * only recognises SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws (it reports
 * SQLState 23505, often inside a BatchUpdateException): a second instance writing the same unit-year then got
 * a plain EventStoreException, a 500, instead of a ConcurrencyException that ConcurrencyRetry retries.
 */
@Component
public class PostgresDuplicateKey implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
