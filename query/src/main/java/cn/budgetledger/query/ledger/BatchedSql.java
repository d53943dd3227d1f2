package cn.budgetledger.query.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a projection writes while it handles one batch of events, sent as one JDBC batch per statement
 * when the batch commits: in the same transaction as the processor's token, in a few round trips instead
 * of one per row (a replay of a million events is otherwise bound by round trips). Statements run in the
 * order given, so each must only depend on statements before it (inserts before the updates of their rows).
 */
final class BatchedSql {

    private final JdbcTemplate jdbc;
    private final String resourceKey;
    private final List<String> statementsInOrder;

    BatchedSql(JdbcTemplate jdbc, String name, List<String> statementsInOrder) {
        this.jdbc = jdbc;
        this.resourceKey = BatchedSql.class.getName() + "." + name;
        this.statementsInOrder = List.copyOf(statementsInOrder);
    }

    void add(String statement, Object... arguments) {
        if (!statementsInOrder.contains(statement)) {
            throw new IllegalArgumentException("Not a statement of this batch: " + statement);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(statement, arguments);
            return;
        }
        pendingOfThisBatch().get(statement).add(arguments);
    }

    private Map<String, List<Object[]>> pendingOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(resourceKey, key -> {
            Map<String, List<Object[]>> pending = new LinkedHashMap<>();
            statementsInOrder.forEach(statement -> pending.put(statement, new ArrayList<>()));
            batch.onPrepareCommit(committing -> pending.forEach((statement, rows) -> {
                if (!rows.isEmpty()) {
                    jdbc.batchUpdate(statement, rows);
                }
            }));
            return pending;
        });
    }
}
