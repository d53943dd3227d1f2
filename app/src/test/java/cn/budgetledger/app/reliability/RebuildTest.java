package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.RefusedVoucher;
import cn.budgetledger.query.evaluation.PerformanceTargetProjection;
import cn.budgetledger.query.indicators.RefusalProjection;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.reliability.Ledger.SYSTEMS_LINE;
import static cn.budgetledger.query.ledger.BudgetLedgerProjection.PROCESSING_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Throwing the read models away and replaying every event gives back exactly the same rows: through Axon's reset
 * of a processor, and through the administrators' rebuild (one pass over the store, two workers, small chunks here
 * so that a few dozen events make many transactions).
 */
class RebuildTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass("ledger.rebuild.chunk-size=7");

    static final List<String> READ_MODEL = List.of("budget_year", "budget_line", "line_day_movement", "line_month_movement",
            "line_history", "payment", "payment_refusal", "adjustment_document", "adjustment_entry",
            "learned_subject_name", "performance_target", "indicator_actual", "refusal_attempt");

    @Test
    void resetting_the_ledger_projection_and_replaying_rebuilds_the_very_same_rows() {
        // given a ledger with every kind of fact in it
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        bookWithEveryKindOfFact(List.of("709301", "709302"));
        StreamingEventProcessor ledger = processor(PROCESSING_GROUP);
        awaitCaughtUp(ledger, jdbc);
        Map<String, List<Map<String, Object>>> before = dump(jdbc);

        // when the projection is reset, which empties its tables, and replays from the first event
        ledger.shutDown();
        ledger.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class)).isZero();
        ledger.start();
        awaitCaughtUp(ledger, jdbc);

        // then every row is back, exactly as it was
        assertThat(before.get("payment")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dump(jdbc)).isEqualTo(before);
    }

    @Test
    void an_administrator_rebuilds_every_read_model_from_the_store_and_gets_the_very_same_rows() {
        // given a ledger with every kind of fact in it, targets and actuals too
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        bookWithEveryKindOfFact(List.of("709303", "709304", "709305"));
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, List<Map<String, Object>>> before = dump(jdbc);
        long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);

        // when an administrator rebuilds the read models
        Api.Response rebuilt = app.as("admin").post("/api/admin/read-models/rebuild", "{}");

        // then every event was read once, every replayable read model rebuilt, and every row is back as it was
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.body().get("events").asLong()).isEqualTo(events);
        assertThat(rebuilt.body().get("readModels")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                PROCESSING_GROUP, PerformanceTargetProjection.PROCESSING_GROUP, RefusalProjection.PROCESSING_GROUP);
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        assertThat(dump(jdbc)).isEqualTo(before);

        // and the processors carry on from where the rebuild stopped: a new payment is counted once
        Api accountant = app.accountant();
        String year = Ledger.openWithTwoLines(accountant, "709307", "100.00");
        assertThat(accountant.post(year + "/payments", Ledger.payment("AFTER", OFFICE_LINE, "1.00")).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from payment where unit = '709307' and voucher = 'AFTER'", Integer.class) == 1);
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class))
                .isEqualTo(before.get("payment").size() + 1);
    }

    @Test
    void a_rebuild_that_fails_half_way_leaves_rows_and_tokens_agreeing_and_the_processors_finish_it() {
        // given a ledger, and a database that will refuse one payment row (a stand-in for any failure half way)
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        bookWithEveryKindOfFact(List.of("709308"));
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, List<Map<String, Object>>> before = dump(jdbc);
        try (RefusedVoucher refused = RefusedVoucher.in(jdbc, "payment", "V15")) {
            // when an administrator rebuilds the read models
            Api.Response failed = app.as("admin").post("/api/admin/read-models/rebuild", "{}");

            // then the rebuild stops at the failing chunk, the chunks before it committed
            assertThat(failed.status()).isEqualTo(500);
            assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class))
                    .isLessThan(before.get("payment").size());
        }

        // and the processors, started again, carry on from the last committed chunk: every row back, none twice
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        assertThat(dump(jdbc)).isEqualTo(before);
    }

    @Test
    void a_rebuild_is_refused_while_another_instance_holds_a_read_model_and_nothing_is_emptied() {
        // given a ledger whose refusals read model another instance is working on (it holds a segment's claim)
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        bookWithEveryKindOfFact(List.of("709306"));
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, List<Map<String, Object>>> before = dump(jdbc);
        StreamingEventProcessor refusals = processor(RefusalProjection.PROCESSING_GROUP);
        refusals.shutDown();
        jdbc.update("update tokenentry set owner = 'another-instance', timestamp = ? where processorname = ? and segment = 0",
                Instant.now().toString(), RefusalProjection.PROCESSING_GROUP);
        try {
            // when an administrator asks for a rebuild
            Api.Response refused = app.as("admin").post("/api/admin/read-models/rebuild", "{}");

            // then it is refused with a reason, and every read model is as it was
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("code")).isEqualTo("READ_MODELS_IN_USE");
            assertThat(refused.text("message")).contains("另一个实例");
            assertThat(dump(jdbc)).isEqualTo(before);
        } finally {
            jdbc.update("update tokenentry set owner = null where processorname = ?", RefusalProjection.PROCESSING_GROUP);
            refusals.start();
        }
    }

    @Test
    void only_administrators_rebuild_the_read_models() {
        Api.Response byAccountant = app.accountant().post("/api/admin/read-models/rebuild", "{}");

        assertThat(byAccountant.status()).isEqualTo(403);
    }

    /** Per unit: two lines, payments, a refusal, an adjustment, a reversal, a target and an actual, a closed year. */
    private static void bookWithEveryKindOfFact(List<String> units) {
        Api accountant = app.accountant();
        for (String unit : units) {
            String year = Ledger.openWithTwoLines(accountant, unit, "10000.00");
            for (int i = 0; i < 20; i++) {
                accountant.post(year + "/payments", Ledger.payment("V" + i, i % 2 == 0 ? OFFICE_LINE : SYSTEMS_LINE, "321.09"));
            }
            accountant.post(year + "/adjustments", Ledger.reallocation("TZ-1", OFFICE_LINE, SYSTEMS_LINE, "1234.56"));
            accountant.post(year + "/reversals", "{\"voucher\":\"HC-1\",\"originalVoucher\":\"V3\",\"date\":\"2025-05-01\"}");
            assertThat(accountant.post(year + "/payments", Ledger.payment("TOO-MUCH", OFFICE_LINE, "99999.00")).status())
                    .isEqualTo(422);
            assertThat(accountant.post(year + "/targets", """
                    {"projectCode":null,"firstLevel":"效益指标","secondLevel":"社会效益指标","indicator":"群众满意度",
                     "comparator":"≥","targetValue":"90","unitOfMeasure":"%","weight":"10","direction":"正向"}""").status())
                    .isEqualTo(201);
            assertThat(accountant.post(year + "/actuals", """
                    {"projectCode":null,"indicator":"群众满意度","actual":"93","deviationReason":null}""").status())
                    .isEqualTo(201);
            assertThat(accountant.post(year + "/closing", "{\"date\":\"2025-12-31\"}").status()).isEqualTo(201);
        }
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from budget_year where year = 2026 and unit = any(?)", Integer.class,
                (Object) units.toArray(String[]::new)) == units.size());
    }

    private static StreamingEventProcessor processor(String name) {
        return app.bean(EventProcessingConfiguration.class).eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private static List<StreamingEventProcessor> processors() {
        return app.bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
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
