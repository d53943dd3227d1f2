package cn.budgetledger.query.sql;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows a projection writes while it handles one batch of events, sent as one JDBC batch per statement
 * when the batch commits: in the same transaction as the processor's token, in a few round trips instead
 * of one per row (a replay of a million events is otherwise bound by round trips). Statements run in the
 * order given, so each must only depend on statements before it (inserts before the updates of their rows).
 * <p>
 * The rows of a statement that adds amounts get one row per key per batch, their amounts summed
 * ({@link BatchedStatement}): no key twice in one statement, which lets the driver send a batch of inserts as one
 * multi-row insert (reWriteBatchedInserts). A {@link BatchedStatement#copy} streams its rows with COPY.
 * <p>
 * A batch whose write fails is retried by its processor; the retry of a batch holding an event of a failed batch
 * writes each event's rows (summed as in a batch) when its handler returns ({@link #ofOneEvent}), in a savepoint
 * of its own ({@link EventSavepoint}), so the event that cannot be written fails in its own handler, where the
 * dead-letter queue takes it, and the other events of the batch are written once. So are the events handled
 * outside a processor's batch (a dead letter's retry).
 */
public final class BatchedSql {

    private final JdbcTemplate jdbc;
    private final String resourceKey;
    private final String ofOneEventKey;
    private final String eventByEventKey;
    private final List<BatchedStatement> statementsInOrder;
    /** The events of batches whose write failed, until a batch holding them is written event by event. */
    private final Set<String> ofFailedBatches = ConcurrentHashMap.newKeySet();

    public BatchedSql(JdbcTemplate jdbc, String name, List<BatchedStatement> statementsInOrder) {
        this.jdbc = jdbc;
        this.resourceKey = BatchedSql.class.getName() + "." + name;
        this.ofOneEventKey = resourceKey + ".event";
        this.eventByEventKey = resourceKey + ".eventByEvent";
        this.statementsInOrder = List.copyOf(statementsInOrder);
    }

    public void add(BatchedStatement.Row row) {
        BatchedStatement statement = row.statement();
        Object[] arguments = row.values();
        if (!statementsInOrder.contains(statement)) {
            throw new IllegalArgumentException("Not a statement of this batch: " + statement);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            write(statement, List.<Object[]>of(arguments));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<BatchedStatement, Map<Object, Object[]>> ofOneEvent = root.getResource(ofOneEventKey);
        if (ofOneEvent == null && eventByEvent(root)) {
            EventSavepoint.around(jdbc, () -> { // a handler not wrapped in ofOneEvent: its rows one by one
                write(statement, List.<Object[]>of(arguments));
                return null;
            });
            return;
        }
        pend(ofOneEvent == null ? pendingOfThisBatch() : ofOneEvent, statement, arguments);
    }

    /**
     * Handles one event (the projection's handler): in a batch written event by event, the rows it adds are written
     * when it returns, all or none; in any other batch they wait for the batch's commit.
     */
    public Object ofOneEvent(Callable<Object> handler) throws Exception {
        if (!CurrentUnitOfWork.isStarted() || !eventByEvent(CurrentUnitOfWork.get().root())) {
            return handler.call();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<BatchedStatement, Map<Object, Object[]>> rows = emptyRows();
        root.resources().put(ofOneEventKey, rows);
        Object result;
        try {
            result = handler.call();
        } finally {
            root.resources().remove(ofOneEventKey);
        }
        EventSavepoint.around(jdbc, () -> {
            writeAll(rows);
            return null;
        });
        return result;
    }

    private void pend(Map<BatchedStatement, Map<Object, Object[]>> pending, BatchedStatement statement,
                      Object[] arguments) {
        Map<Object, Object[]> rows = pending.get(statement);
        if (!statement.summed()) {
            rows.put(rows.size(), arguments); // every row its own, in the order added
            return;
        }
        rows.merge(statement.keyOf(arguments), arguments, statement::addAmounts);
    }

    /** Decided once per batch: a processor's batch is written at its commit unless it holds a failed batch's event. */
    private boolean eventByEvent(UnitOfWork<?> root) {
        return root.getOrComputeResource(eventByEventKey, key -> {
            if (!(root instanceof BatchingUnitOfWork<?> batch)) {
                return true;
            }
            if (ofFailedBatches.isEmpty()) {
                return false;
            }
            List<String> events = batch.getMessages().stream().map(Message::getIdentifier).toList();
            if (events.stream().noneMatch(ofFailedBatches::contains)) {
                return false;
            }
            batch.afterCommit(committed -> events.forEach(ofFailedBatches::remove));
            return true;
        });
    }

    private Map<BatchedStatement, Map<Object, Object[]>> pendingOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(resourceKey, key -> {
            Map<BatchedStatement, Map<Object, Object[]>> pending = emptyRows();
            batch.onPrepareCommit(committing -> {
                try {
                    writeAll(pending);
                } catch (RuntimeException failed) {
                    ((BatchingUnitOfWork<?>) batch).getMessages().forEach(event -> ofFailedBatches.add(event.getIdentifier()));
                    throw failed;
                }
            });
            return pending;
        });
    }

    private Map<BatchedStatement, Map<Object, Object[]>> emptyRows() {
        Map<BatchedStatement, Map<Object, Object[]>> rows = new LinkedHashMap<>();
        statementsInOrder.forEach(statement -> rows.put(statement, new LinkedHashMap<>()));
        return rows;
    }

    private void writeAll(Map<BatchedStatement, Map<Object, Object[]>> pending) {
        pending.forEach((statement, rows) -> {
            if (!rows.isEmpty()) {
                write(statement, new ArrayList<>(rows.values()));
            }
        });
    }

    private void write(BatchedStatement statement, List<Object[]> rows) {
        if (statement.copied()) {
            jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, statement.sql(), rows));
        } else {
            jdbc.batchUpdate(statement.sql(), rows);
        }
    }

    /** The rows sent in one piece: the driver's copy from a reader takes a fresh 192 KB of buffers for every batch. */
    private static long copy(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        byte[] text = CopyText.of(rows).getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(text, 0, text.length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
