package cn.budgetledger.command;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements an event handler stages in its unit of work, sent when that unit of work prepares to commit — still in
 * the transaction that appends the events — in the order staged, each run of the same statement as one JDBC batch:
 * a group commit's or a journal's hundred voucher rows are one round trip instead of a hundred.
 */
public final class StagedStatements {

    private final JdbcTemplate jdbc;
    private final String resource = StagedStatements.class.getName() + "@" + System.identityHashCode(this);

    private record Staged(String sql, Object[] arguments) {
    }

    public StagedStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void stage(String sql, Object... arguments) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Staged> staged = unitOfWork.getOrComputeResource(resource, key -> {
            List<Staged> statements = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> send(statements));
            return statements;
        });
        staged.add(new Staged(sql, arguments));
    }

    private void send(List<Staged> staged) {
        int from = 0;
        while (from < staged.size()) {
            String sql = staged.get(from).sql();
            List<Object[]> batch = new ArrayList<>();
            int to = from;
            for (; to < staged.size() && staged.get(to).sql().equals(sql); to++) {
                batch.add(staged.get(to).arguments());
            }
            jdbc.batchUpdate(sql, batch);
            from = to;
        }
    }
}
