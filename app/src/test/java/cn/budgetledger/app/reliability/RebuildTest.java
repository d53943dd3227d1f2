package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.reliability.Ledger.SYSTEMS_LINE;
import static cn.budgetledger.query.ledger.BudgetLedgerProjection.PROCESSING_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Throwing the ledger's read model away and replaying every event gives back exactly the same rows. */
class RebuildTest {

    static final List<String> READ_MODEL = List.of("budget_year", "budget_line", "line_day_movement", "line_month_movement",
            "line_history",
            "payment", "payment_refusal", "adjustment_document", "adjustment_entry");

    @Test
    void resetting_the_ledger_projection_and_replaying_rebuilds_the_very_same_rows() {
        try (LedgerApp app = LedgerApp.start()) {
            // given a ledger with every kind of fact in it
            Api accountant = app.accountant();
            for (String unit : List.of("709301", "709302")) {
                String year = Ledger.openWithTwoLines(accountant, unit, "10000.00");
                for (int i = 0; i < 20; i++) {
                    accountant.post(year + "/payments", Ledger.payment("V" + i, i % 2 == 0 ? OFFICE_LINE : SYSTEMS_LINE, "321.09"));
                }
                accountant.post(year + "/adjustments", Ledger.reallocation("TZ-1", OFFICE_LINE, SYSTEMS_LINE, "1234.56"));
                accountant.post(year + "/reversals", "{\"voucher\":\"HC-1\",\"originalVoucher\":\"V3\",\"date\":\"2025-05-01\"}");
                assertThat(accountant.post(year + "/payments", Ledger.payment("TOO-MUCH", OFFICE_LINE, "99999.00")).status())
                        .isEqualTo(422);
                assertThat(accountant.post(year + "/closing", "{\"date\":\"2025-12-31\"}").status()).isEqualTo(201);
            }
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from budget_year where year = 2026", Integer.class) == 2);
            StreamingEventProcessor ledger = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            awaitCaughtUp(ledger, jdbc);
            Map<String, List<Map<String, Object>>> before = dump(jdbc);

            // when the projection is reset, which empties its tables, and replays from the first event
            ledger.shutDown();
            ledger.resetTokens();
            assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class)).isZero();
            ledger.start();
            awaitCaughtUp(ledger, jdbc);

            // then every row is back, exactly as it was
            assertThat(before.get("payment")).hasSize(40);
            assertThat(dump(jdbc)).isEqualTo(before);
        }
    }

    private static void awaitCaughtUp(StreamingEventProcessor processor, JdbcTemplate jdbc) {
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        int segments = jdbc.queryForObject("select count(*) from tokenentry where processorname = ?", Integer.class,
                processor.getName());
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            // Not isReplaying(): Axon ends a replay only once an event beyond the reset position arrives.
            return status.size() == segments && status.values().stream()
                    .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
        });
    }

    /** Every row of every read-model table, in key order, as text. */
    private static Map<String, List<Map<String, Object>>> dump(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : READ_MODEL) {
            int columns = jdbc.queryForObject(
                    "select count(*) from information_schema.columns where table_name = ?", Integer.class, table);
            String allColumns = String.join(", ", IntStream.rangeClosed(1, columns)
                    .mapToObj(Integer::toString).toList());
            tables.put(table, jdbc.queryForList("select * from " + table + " order by " + allColumns));
        }
        return tables;
    }
}
