package cn.budgetledger.query.indicators;

import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.query.ledger.EventSavepoint;
import cn.budgetledger.query.rebuild.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;

    public RefusalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentRefusedEvent event, @SequenceNumber Long sequenceNumber) {
        EventSavepoint.around(jdbc, () -> jdbc.update("""
                    insert into refusal_attempt (unit, year, sequence_number, voucher, line_id, refused_on, requested)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (unit, year, sequence_number) do nothing""",
                    event.budget().unit(), event.budget().year(), sequenceNumber, event.voucher(), event.line().id(),
                    event.date(), event.requested().fen()));
    }

    @Override
    public List<String> readModelTables() {
        return List.of("refusal_attempt");
    }

    @ResetHandler
    void reset() {
        jdbc.execute(truncateStatement());
    }
}
