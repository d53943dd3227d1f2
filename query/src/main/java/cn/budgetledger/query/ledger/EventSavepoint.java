package cn.budgetledger.query.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Savepoint;

/**
 * The writes of the event being handled, all or none, inside its batch's transaction: the event's first write sets a
 * savepoint, and a write that fails rolls the event's writes back to it. PostgreSQL refuses every further statement
 * of a transaction after a failed one; without the savepoint one bad event would fail the whole batch, the good
 * events with it, and the dead-letter queue could not even record the bad one in that transaction.
 */
public final class EventSavepoint {

    private static final String RESOURCE = EventSavepoint.class.getName();

    /** The savepoint of the event that wrote last in this batch. */
    private record OfEvent(String eventIdentifier, Savepoint savepoint) {
    }

    private EventSavepoint() {
    }

    /** Runs one write of the current event, after its savepoint; outside a transaction (no batch), just runs it. */
    public static void write(JdbcTemplate jdbc, Runnable write) {
        if (!CurrentUnitOfWork.isStarted() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            write.run();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        String event = unitOfWork.getMessage() == null ? null : unitOfWork.getMessage().getIdentifier();
        UnitOfWork<?> batch = unitOfWork.root();
        OfEvent current = batch.getResource(RESOURCE);
        if (current == null || event == null || !current.eventIdentifier().equals(event)) {
            current = new OfEvent(event, jdbc.execute((ConnectionCallback<Savepoint>) connection -> {
                OfEvent previous = batch.getResource(RESOURCE);
                if (previous != null) {
                    connection.releaseSavepoint(previous.savepoint()); // the previous event's writes stand
                }
                return connection.setSavepoint();
            }));
            batch.resources().put(RESOURCE, current);
        }
        try {
            write.run();
        } catch (RuntimeException failed) {
            Savepoint savepoint = current.savepoint();
            batch.resources().remove(RESOURCE);
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                connection.rollback(savepoint);
                return null;
            });
            throw failed;
        }
    }
}
