package cn.budgetledger.query.indicators;

import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.query.sql.EventSavepoint;
import cn.budgetledger.query.rebuild.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps every refusal with its sequence number in the unit-year's stream: 运转保障率 needs each
 * voucher's latest refusal, and two attempts may share a business date.
 */
@Component
@ProcessingGroup(RefusalProjection.PROCESSING_GROUP)
public class RefusalProjection implements ReadModelTables {

    public static final String PROCESSING_GROUP = "indicator-refusals";

    private final NamedParameterJdbcTemplate jdbc;

    public RefusalProjection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    void on(PaymentRefusedEvent event, @SequenceNumber Long sequenceNumber) {
        EventSavepoint.around(jdbc.getJdbcTemplate(), () -> jdbc.update("""
                    insert into refusal_attempt (unit, year, sequence_number, voucher, line_id, refused_on, requested)
                    values (:unit, :year, :sequenceNumber, :voucher, :lineId, :refusedOn, :requested)
                    on conflict (unit, year, sequence_number) do nothing""",
                    new MapSqlParameterSource("unit", event.budget().unit())
                            .addValue("year", event.budget().year())
                            .addValue("sequenceNumber", sequenceNumber)
                            .addValue("voucher", event.voucher())
                            .addValue("lineId", event.line().id())
                            .addValue("refusedOn", event.date())
                            .addValue("requested", event.requested().fen())));
    }

    @Override
    public List<String> readModelTables() {
        return List.of("refusal_attempt");
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute(truncateStatement());
    }
}
