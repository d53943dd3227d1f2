package cn.budgetledger.app;

import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.RefusedVoucher;
import cn.budgetledger.command.domain.UnitYearBudget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static cn.budgetledger.app.LedgerCoreTest.OFFICE;
import static cn.budgetledger.app.LedgerCoreTest.openWithApproval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit-year is snapshotted from the state its commands committed (every five events in the tests), not by
 * replaying its events: that state must be exactly what replaying them gives, a failed command's included.
 */
class LiveStateSnapshotsTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    private static final String YEAR = "731001-2025";

    @Test
    void a_snapshot_holds_exactly_what_replaying_the_years_events_gives() throws IOException {
        // given a year whose payments cross the snapshot threshold, one of them failing half way and rolled back
        LedgerDriver books = openWithApproval("731001");
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        try (RefusedVoucher refused = RefusedVoucher.in(jdbc, "voucher_register", "V-BAD")) {
            assertThat(books.pay(OFFICE.payment("V-BAD", "2025-02-10", "100.00")).status()).isEqualTo(500);
        }
        // when payments go on until the year's newest snapshot is at its newest event
        for (int i = 1; !snapshotAtNewestEvent(jdbc); i++) {
            assertThat(i).as("payments before a snapshot at the newest event").isLessThanOrEqualTo(10);
            assertThat(books.pay(OFFICE.payment("V" + i, "2025-03-%02d".formatted(i), "1000.00")).status())
                    .isEqualTo(201);
        }
        Map<String, Object> live = newestSnapshot(jdbc);

        // then Axon's own snapshotter, reading and replaying every event of the year, writes the same snapshot
        jdbc.update("delete from snapshotevententry where aggregateidentifier = ?", YEAR);
        replayingSnapshotter().scheduleSnapshot(UnitYearBudget.class, YEAR);
        Map<String, Object> replayed = newestSnapshot(jdbc);
        assertThat(replayed.get("sequencenumber")).isEqualTo(live.get("sequencenumber"));
        assertThat(json(replayed)).isEqualTo(json(live));
    }

    /** Axon's snapshotter: it reads the year's events and replays them into a new instance. */
    private static AggregateSnapshotter replayingSnapshotter() {
        ParameterResolverFactory parameters = app.bean(ParameterResolverFactory.class);
        HandlerDefinition handlers = app.bean(HandlerDefinition.class);
        return AggregateSnapshotter.builder()
                .eventStore(app.bean(EventStore.class))
                .transactionManager(app.bean(TransactionManager.class))
                .parameterResolverFactory(parameters)
                .handlerDefinition(handlers)
                .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                        UnitYearBudget.class, parameters, handlers)))
                .build();
    }

    private static boolean snapshotAtNewestEvent(JdbcTemplate jdbc) {
        try {
            await().atMost(Duration.ofSeconds(1)).until(() -> jdbc.queryForObject("""
                    select coalesce((select max(sequencenumber) from snapshotevententry where aggregateidentifier = ?), -1)
                         = (select max(sequencenumber) from domainevententry where aggregateidentifier = ?)""",
                    Boolean.class, YEAR, YEAR));
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException notYet) {
            return false;
        }
    }

    private static Map<String, Object> newestSnapshot(JdbcTemplate jdbc) {
        return jdbc.queryForMap("""
                select sequencenumber, payload from snapshotevententry where aggregateidentifier = ?
                order by sequencenumber desc limit 1""", YEAR);
    }

    private static JsonNode json(Map<String, Object> snapshot) throws IOException {
        return new ObjectMapper().readTree((byte[]) snapshot.get("payload"));
    }
}
