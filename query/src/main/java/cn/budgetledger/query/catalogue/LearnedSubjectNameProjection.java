package cn.budgetledger.query.catalogue;

import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.events.SubjectNameLearnedEvent;
import cn.budgetledger.api.queries.FindLearnedSubjectNamesQuery;
import cn.budgetledger.api.queries.LearnedSubjectNames;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import cn.budgetledger.query.sql.EventSavepoint;
import cn.budgetledger.query.rebuild.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subject names imports taught the ledger. In the ledger's processing group, so a disclosure read
 * after an import sees its names as soon as it sees its lines.
 */
@Component
@ProcessingGroup(BudgetLedgerProjection.PROCESSING_GROUP)
public class LearnedSubjectNameProjection implements ReadModelTables {

    private final JdbcTemplate jdbc;

    public LearnedSubjectNameProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubjectNameLearnedEvent event) {
        EventSavepoint.around(jdbc, () -> jdbc.update("""
                    insert into learned_subject_name (kind, code, name) values (?, ?, ?)
                    on conflict (kind, code) do update set name = excluded.name""",
                    event.kind().name(), event.code(), event.name()));
    }

    @QueryHandler
    public LearnedSubjectNames handle(FindLearnedSubjectNamesQuery query) {
        return all();
    }

    public LearnedSubjectNames all() {
        Map<String, String> functional = new HashMap<>();
        Map<String, String> economic = new HashMap<>();
        jdbc.query("select kind, code, name from learned_subject_name", rs -> {
            (SubjectKind.valueOf(rs.getString("kind")) == SubjectKind.FUNCTIONAL ? functional : economic)
                    .put(rs.getString("code"), rs.getString("name"));
        });
        return new LearnedSubjectNames(Map.copyOf(functional), Map.copyOf(economic));
    }

    @Override
    public List<String> readModelTables() {
        return List.of("learned_subject_name");
    }

    @ResetHandler
    void reset() {
        jdbc.execute(truncateStatement());
    }
}
