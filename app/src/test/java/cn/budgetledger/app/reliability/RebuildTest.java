package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.app.support.RefusedVoucher;
import cn.budgetledger.command.web.CloseYearRequest;
import cn.budgetledger.command.web.FreezeRequest;
import cn.budgetledger.command.web.ReversalRequest;
import cn.budgetledger.query.evaluation.PerformanceTargetProjection;
import cn.budgetledger.query.indicators.RefusalProjection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
            "learned_subject_name", "performance_target", "indicator_actual", "refusal_attempt", "year_end_balance",
            "freeze_document", "freeze_release");

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
    void a_rebuild_that_fails_swapping_its_rows_in_leaves_every_row_and_token_as_it_was() {
        // given a ledger, and a database that will refuse one payment row in the table in use (the copies written
        // aside have no trigger: it fails the rebuild's very last step, a stand-in for any failure there)
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        bookWithEveryKindOfFact(List.of("709308"));
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, List<Map<String, Object>>> before = dump(jdbc);
        List<Map<String, Object>> tokensBefore = tokens(jdbc);
        try (RefusedVoucher refused = RefusedVoucher.in(jdbc, "payment", "V15")) {
            // when an administrator rebuilds the read models
            Api.Response failed = app.as("admin").post("/api/admin/read-models/rebuild", "{}");

            // then the rebuild fails, and the tables and tokens in use are exactly as they were: nothing emptied
            assertThat(failed.status()).isEqualTo(500);
            assertThat(dump(jdbc)).isEqualTo(before);
            assertThat(tokens(jdbc)).isEqualTo(tokensBefore);
        }

        // and the processors carry on: nothing lost, nothing twice
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        assertThat(dump(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'read_model_rebuild'",
                Integer.class)).as("the tables written aside, dropped").isZero();
    }

    @Test
    void reads_during_a_rebuild_answer_the_figures_from_before_it_never_a_missing_year_or_a_lower_figure() {
        // given a ledger of thousands of payments, and the figures every reader sees before the rebuild
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        List<String> units = List.of("709311", "709312", "709313");
        bookThousandsOfPayments(units, "A");
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, JsonNode> before = figuresOf(units);
        JsonNode overviewBefore = overview();
        BigDecimal grafanaBefore = grafanaExecuted(jdbc, units);

        // when an administrator rebuilds the read models while readers keep reading
        Hammer hammer = new Hammer();
        Api.Response rebuilt = hammer.whileRunning(() -> app.as("admin").post("/api/admin/read-models/rebuild", "{}"),
                reader -> {
                    for (String unit : units) {
                        JsonNode now = figuresWithoutAPosition(List.of(unit)).get(unit);
                        reader.expect(unit, now, before.get(unit));
                    }
                    reader.expect("overview", overview(), overviewBefore);
                    reader.expect("grafana", grafanaExecuted(jdbc, units), grafanaBefore);
                });

        // then every read during the rebuild answered the very figures of before, none missing, none lower
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(hammer.reads()).as("reads during the rebuild").isGreaterThanOrEqualTo(20);
        assertThat(hammer.wrong()).isEmpty();
        assertThat(figuresOf(units)).isEqualTo(before);
    }

    @Test
    void reads_during_a_rebuild_with_payments_recorded_meanwhile_never_go_back_and_each_payment_counts_once() {
        // given a ledger of thousands of payments
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        List<String> units = List.of("709314", "709315");
        bookThousandsOfPayments(units, "B");
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, JsonNode> before = figuresOf(units);

        // when an administrator rebuilds the read models while an accountant pays from one unit and readers read
        // (the payments answered as soon as recorded, the API's default: the read models stand still until the swap)
        Api accountant = app.accountant().answeringAtOnce();
        AtomicInteger paid = new AtomicInteger();
        // what each reading thread saw last of each unit
        Map<String, BigDecimal> lastSeen = new ConcurrentHashMap<>();
        Hammer hammer = new Hammer();
        Api.Response rebuilt = hammer.whileRunning(() -> app.as("admin").post("/api/admin/read-models/rebuild", "{}"),
                reader -> {
                    if (reader.index() % 2 == 0) {
                        Api.Response payment = accountant.post(Ledger.year(units.get(0)) + "/payments",
                                Ledger.payment("DURING-" + paid.get(), OFFICE_LINE, "1.00"));
                        if (payment.status() == 201) {
                            paid.incrementAndGet();
                        } else {
                            reader.wrong("payment answered " + payment.status() + " " + payment.body());
                        }
                    }
                    for (String unit : units) {
                        Api.Response read = app.accountant().answeringAtOnce().get(Ledger.year(unit));
                        if (read.status() != 200) {
                            reader.wrong(unit + " answered " + read.status() + " " + read.body());
                            continue;
                        }
                        BigDecimal executed = executed(read.body().get("totals"));
                        String seenBy = Thread.currentThread().getName() + "/" + unit;
                        BigDecimal earlier = lastSeen.getOrDefault(seenBy, executed(before.get(unit)));
                        lastSeen.put(seenBy, executed);
                        if (executed.compareTo(earlier) < 0) {
                            reader.wrong(unit + " executed went back from " + earlier + " to " + executed);
                        }
                    }
                });

        // then no read ever went back, and once the processors caught up each payment counts exactly once
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(hammer.wrong()).isEmpty();
        assertThat(paid.get()).as("payments during the rebuild").isPositive();
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        assertThat(executed(figuresOf(units).get(units.get(0))))
                .isEqualByComparingTo(executed(before.get(units.get(0))).add(BigDecimal.valueOf(paid.get())));
        assertThat(figuresOf(units).get(units.get(1))).isEqualTo(before.get(units.get(1)));
    }

    @Test
    void a_rebuild_over_an_event_no_read_model_can_take_fails_cleanly_and_changes_nothing() {
        // given a ledger, and in its store an event PostgreSQL cannot keep (a unit name with U+0000), recorded
        // before the ledger refused such input
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        List<String> units = List.of("709316");
        bookWithEveryKindOfFact(units);
        processors().forEach(processor -> awaitCaughtUp(processor, jdbc));
        Map<String, List<Map<String, Object>>> before = dump(jdbc);
        Map<String, JsonNode> figuresBefore = figuresOf(units);
        Map<String, Long> positionsBefore = tokenPositions(jdbc);
        jdbc.update("""
                insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                                              payloadrevision, payloadtype, timestamp)
                select '709399-2025', 0, type, 'poisoned-709399', metadata,
                       convert_to(replace(convert_from(payload, 'UTF8'), '709316', '709399'), 'UTF8'), payloadrevision,
                       payloadtype, timestamp
                from domainevententry where aggregateidentifier = '709316-2025' and sequencenumber = 0""");
        jdbc.update("""
                update domainevententry set payload = convert_to(replace(convert_from(payload, 'UTF8'), '可靠性', '可靠\\u0000性'), 'UTF8')
                where eventidentifier = 'poisoned-709399'""");
        long poisoned = jdbc.queryForObject("select globalindex from domainevententry where eventidentifier = 'poisoned-709399'",
                Long.class);
        try {
            // when an administrator rebuilds the read models while readers keep reading
            Hammer hammer = new Hammer();
            Api.Response failed = hammer.whileRunning(() -> app.as("admin").post("/api/admin/read-models/rebuild", "{}"),
                    reader -> reader.expect("709316", figuresWithoutAPosition(units).get("709316"), figuresBefore.get("709316")));

            // then it fails with a reason naming the event, and nothing was emptied or moved: rows, tokens, answers
            assertThat(failed.status()).isEqualTo(409);
            assertThat(failed.text("code")).isEqualTo("REBUILD_FAILED");
            assertThat(failed.text("message")).contains("709399-2025", "序号为 0", "BudgetYearOpenedEvent", "未改动");
            assertThat(hammer.wrong()).isEmpty();
            assertThat(dump(jdbc)).isEqualTo(before);
            assertThat(figuresOf(units)).isEqualTo(figuresBefore);
            // a live processor may have moved past the poisoned event (it is not in its share), never back
            tokenPositions(jdbc).forEach((segment, position) -> assertThat(position).as(segment)
                    .isBetween(positionsBefore.get(segment), poisoned));
            assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'read_model_rebuild'",
                    Integer.class)).as("the tables written aside, dropped").isZero();
        } finally {
            // The live processor of that unit-year is stuck on it too (the dead-letter queue is another matter), and
            // Axon's store keeps it in its cache of recent events: its segment is moved past it, by hand.
            StreamingEventProcessor ledger = processor(PROCESSING_GROUP);
            ledger.shutDown();
            jdbc.update("delete from domainevententry where eventidentifier = 'poisoned-709399'");
            jdbc.update("""
                    update tokenentry
                    set token = convert_to(jsonb_set(jsonb_set(convert_from(token, 'UTF8')::jsonb, '{index}', to_jsonb(?::bigint)),
                                                     '{gaps}', '[]')::text, 'UTF8')
                    where processorname = ? and (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint < ?""",
                    poisoned, PROCESSING_GROUP, poisoned);
            ledger.start();
        }
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
            accountant.post(year + "/reversals", LedgerDriver.json(new ReversalRequest("HC-1", "V3", LocalDate.parse("2025-05-01"), null, null)));
            assertThat(accountant.post(year + "/payments", Ledger.payment("TOO-MUCH", OFFICE_LINE, "99999.00")).status())
                    .isEqualTo(422);
            // a freeze, released in two steps so the year closes with nothing frozen
            assertThat(accountant.post(year + "/freezes", LedgerDriver.json(new FreezeRequest("DJ-1",
                    LocalDate.parse("2025-06-01"), "2080150", "30201", Ledger.OFFICE, "一般公共预算拨款", null, "500.00",
                    "合同", "合同"))).status()).isEqualTo(201);
            assertThat(accountant.post(year + "/freezes/DJ-1/release", "{\"date\":\"2025-06-02\",\"amount\":\"200.00\"}")
                    .status()).isEqualTo(201);
            assertThat(accountant.post(year + "/freezes/DJ-1/release", "{\"date\":\"2025-06-03\"}").status())
                    .isEqualTo(201);
            assertThat(accountant.post(year + "/targets", """
                    {"projectCode":null,"firstLevel":"效益指标","secondLevel":"社会效益指标","indicator":"群众满意度",
                     "comparator":"≥","targetValue":"90","unitOfMeasure":"%","weight":"10","direction":"正向"}""").status())
                    .isEqualTo(201);
            assertThat(accountant.post(year + "/actuals", """
                    {"projectCode":null,"indicator":"群众满意度","actual":"93","deviationReason":null}""").status())
                    .isEqualTo(201);
            assertThat(accountant.post(year + "/closing", LedgerDriver.json(new CloseYearRequest(LocalDate.parse("2025-12-31")))).status()).isEqualTo(201);
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

    /** Per unit: a year of two lines and a thousand payments of 1.00, imported from one file each. */
    private static void bookThousandsOfPayments(List<String> units, String prefix) {
        Api accountant = app.accountant();
        for (String unit : units) {
            Ledger.openWithTwoLines(accountant, unit, "100000.00");
            StringBuilder file = new StringBuilder("单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额,收款人,摘要,冲销凭证号\n");
            for (int i = 0; i < 1000; i++) {
                var line = i % 2 == 0 ? OFFICE_LINE : SYSTEMS_LINE;
                file.append(String.join(",", unit, "2025", prefix + i, "2025-0" + (1 + i % 9) + "-1" + (i % 10),
                        line.functionalCode().value(), line.economicCode().value(), line.projectCode(), Line.FISCAL, "1.00", "某公司",
                        "运维费", "")).append('\n');
            }
            Api.Response imported = accountant.upload("/api/imports/payments", "payments-" + unit + ".csv",
                    file.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        }
    }

    /** Each unit's 2025 totals as the API answers them (404 and other failures fail the test). */
    private static Map<String, JsonNode> figuresOf(List<String> units) {
        return figuresOf(app.accountant(), units);
    }

    /**
     * As read by a reader who names no position: the readers during a rebuild, who are answered at once from the
     * rows in use (the read models' positions stand still until the rebuild swaps its copies in).
     */
    private static Map<String, JsonNode> figuresWithoutAPosition(List<String> units) {
        return figuresOf(app.accountant().answeringAtOnce(), units);
    }

    private static Map<String, JsonNode> figuresOf(Api reader, List<String> units) {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        for (String unit : units) {
            Api.Response read = reader.get(Ledger.year(unit));
            figures.put(unit, read.status() == 200 ? read.body().get("totals") : TextNode.valueOf(read.status() + " " + read.body()));
        }
        return figures;
    }

    private static JsonNode overview() {
        Api.Response read = app.as("manager").answeringAtOnce().get("/api/years/2025/indicators");
        return read.status() == 200 ? read.body() : TextNode.valueOf(read.status() + " " + read.body());
    }

    private static BigDecimal grafanaExecuted(JdbcTemplate jdbc, List<String> units) {
        return jdbc.queryForObject("select coalesce(sum(executed), 0) from grafana_line_balance where unit = any(?)",
                BigDecimal.class, (Object) units.toArray(String[]::new));
    }

    private static BigDecimal executed(JsonNode totals) {
        return new BigDecimal(totals.get("executed").asText());
    }

    /** Every token as stored. */
    private static List<Map<String, Object>> tokens(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select processorname, segment, convert_from(token, 'UTF8') as token from tokenentry
                order by processorname, segment""");
    }

    /** Each rebuilt processor's segments' positions in the store. */
    private static Map<String, Long> tokenPositions(JdbcTemplate jdbc) {
        Map<String, Long> positions = new LinkedHashMap<>();
        jdbc.query("""
                select processorname || '/' || segment as segment, (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint as position
                from tokenentry where processorname = any(?)""", rs -> {
            positions.put(rs.getString("segment"), rs.getLong("position"));
        }, (Object) new String[]{PROCESSING_GROUP, PerformanceTargetProjection.PROCESSING_GROUP, RefusalProjection.PROCESSING_GROUP});
        return positions;
    }

    /**
     * Readers reading over and over on two threads while an action runs: each round checks what it read, and
     * whatever was not as expected is kept to be reported.
     */
    private static final class Hammer {

        private final List<String> wrong = new CopyOnWriteArrayList<>();
        private final AtomicInteger reads = new AtomicInteger();

        final class Reader {

            private final int index;

            Reader(int index) {
                this.index = index;
            }

            int index() {
                return index;
            }

            void expect(String what, Object now, Object before) {
                reads.incrementAndGet();
                if (!now.equals(before)) {
                    wrong.add(what + ": " + now + " instead of " + before);
                }
            }

            void wrong(String what) {
                wrong.add(what);
            }
        }

        <T> T whileRunning(Supplier<T> action, Consumer<Reader> round) {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> reading = IntStream.range(0, 2).mapToObj(thread -> readers.submit(() -> {
                    for (int i = thread; running.get(); i += 2) {
                        round.accept(new Reader(i));
                    }
                })).collect(Collectors.toList());
                T result;
                try {
                    result = action.get();
                } finally {
                    running.set(false);
                }
                for (Future<?> reader : reading) {
                    reader.get(60, TimeUnit.SECONDS);
                }
                return result;
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            } finally {
                readers.shutdownNow();
            }
        }

        int reads() {
            return reads.get();
        }

        List<String> wrong() {
            return wrong;
        }
    }

    /** Every row of every read-model table, in key order, as text. */
    private static Map<String, List<Map<String, Object>>> dump(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : READ_MODEL) {
            int columns = jdbc.queryForObject(
                    "select count(*) from information_schema.columns where table_schema = current_schema() and table_name = ?", Integer.class, table);
            String allColumns = String.join(", ", IntStream.rangeClosed(1, columns)
                    .mapToObj(Integer::toString).toList());
            tables.put(table, jdbc.queryForList("select * from " + table + " order by " + allColumns));
        }
        return tables;
    }
}
