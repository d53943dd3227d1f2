package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static cn.budgetledger.app.reliability.Ledger.OFFICE;
import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.reliability.Ledger.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event a read model cannot write (here a payee with U+0000, which PostgreSQL text refuses; the command side
 * refuses such input, so it is put in the store directly, as an older version would have written it) goes to the
 * read model's dead-letter queue with the later events of its unit-year, and every other unit-year keeps flowing.
 * A failure outside the event (the database refusing for a while) is retried, never dead-lettered.
 */
class DeadLetterTest {

    static final String POISONED = "709601";
    /** A unit-year in the poisoned one's segment of the ledger's four: their events share batches. */
    static final String OTHER = inTheSameSegmentAs(POISONED);
    static final String OPENED_AFTER = "709603";
    static final String BUSY = "709604";
    static final String EVICTED = "709605";
    static final String LEDGER = "budget-ledger";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;
    static Api admin;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void signIn() {
        accountant = app.accountant();
        admin = app.as("admin");
        jdbc = app.bean(JdbcTemplate.class);
    }

    @Test
    void a_poisoned_event_waits_in_the_dead_letter_queue_with_its_unit_year_and_the_others_flow() {
        // given two unit-years whose events share batches, and in the first a payment the read model cannot write
        // (its payee holds U+0000), stored with a good payment of the other: one batch for both
        String poisoned = Ledger.openWithTwoLines(accountant, POISONED, "10000.00");
        String other = Ledger.openWithTwoLines(accountant, OTHER, "10000.00");
        assertThat(accountant.post(poisoned + "/payments", payment("A-1", OFFICE_LINE, "100.00")).status()).isEqualTo(201);
        assertThat(accountant.post(other + "/payments", payment("B-1", OFFICE_LINE, "300.00")).status()).isEqualTo(201);
        String poison = new TransactionTemplate(app.bean(PlatformTransactionManager.class)).execute(storing -> {
            String stored = storeACopy(POISONED, "A-1", "A-POISON", true);
            storeACopy(OTHER, "B-1", "B-2", false);
            return stored;
        });

        // when the poisoned unit-year, the other one and a new one record more
        Api.Response later = accountant.post(poisoned + "/payments", payment("A-2", OFFICE_LINE, "200.00"));
        Api.Response paidElsewhere = accountant.post(other + "/payments", payment("B-3", OFFICE_LINE, "5.00"));
        String openedAfter = Ledger.openWithTwoLines(accountant, OPENED_AFTER, "500.00");

        // then the other unit-year's figures move, each payment counted once, and the unit opened afterwards is found
        assertThat(paidElsewhere.status()).isEqualTo(201);
        assertThat(vouchersProjected(OTHER)).containsExactly("B-1", "B-2", "B-3");
        assertThat(executedOnTheOfficeLine(other)).isEqualTo("605.00");
        assertThat(accountant.get(openedAfter).status()).isEqualTo(200);

        // and the poisoned unit-year's write says its figures are not updated, and they are not
        assertThat(later.status()).as(later.body().toString()).isEqualTo(202);
        assertThat(later.text("code")).isEqualTo("READ_MODEL_DEAD_LETTER");
        assertThat(later.text("message")).startsWith("已记录，但读模型尚未更新");
        assertThat(later.body().path("recorded").path("voucher").asText()).isEqualTo("A-2");
        assertThat(vouchersProjected(POISONED)).containsExactly("A-1");
        assertThat(executedOnTheOfficeLine(poisoned)).isEqualTo("100.00");

        // and administrators see the poisoned event, and the later one of its unit-year behind it
        List<JsonNode> letters = lettersOf(POISONED);
        assertThat(letters).hasSize(2);
        JsonNode failed = letters.get(0);
        assertThat(failed.path("processor").asText()).isEqualTo(LEDGER);
        assertThat(failed.path("eventId").asText()).isEqualTo(poison);
        assertThat(failed.path("eventType").asText()).isEqualTo("PaymentRecordedEvent");
        assertThat(failed.path("businessDate").asText()).isEqualTo("2025-03-10");
        assertThat(failed.path("failed").asBoolean()).isTrue();
        assertThat(failed.path("cause").asText()).contains("0x00");
        assertThat(failed.path("retries").asInt()).isZero();
        assertThat(letters.get(1).path("failed").asBoolean()).isFalse();
        assertThat(letters.get(1).path("eventType").asText()).isEqualTo("PaymentRecordedEvent");
        JsonNode inspected = admin.get("/api/admin/dead-letters/" + failed.path("id").asText()).body();
        assertThat(inspected.path("payload").path("voucher").asText()).isEqualTo("A-POISON");
        assertThat(inspected.path("payload").path("payee").asText()).contains("\u0000");
        assertThat(accountant.get("/api/admin/dead-letters").status()).isEqualTo(403);

        // and the metrics count it
        MeterRegistry metrics = app.bean(MeterRegistry.class);
        assertThat(metrics.get("ledger.dead.letters").tag("processor", LEDGER).gauge().value()).isEqualTo(2);
        assertThat(metrics.get("ledger.dead.letters.enqueued").tag("processor", LEDGER).counter().count()).isEqualTo(1);

        // when an administrator retries before anything is fixed, then it stays, with one more retry counted
        Api.Response unfixed = admin.post("/api/admin/dead-letters/" + failed.path("id").asText() + "/retry", "{}");
        assertThat(unfixed.status()).isEqualTo(200);
        assertThat(unfixed.body().path("succeeded").asBoolean()).isFalse();
        assertThat(unfixed.body().path("remaining").asInt()).isEqualTo(2);
        assertThat(lettersOf(POISONED).get(0).path("retries").asInt()).isEqualTo(1);
        assertThat(vouchersProjected(POISONED)).containsExactly("A-1");

        // when the stored event is repaired and retried
        repairThePayee(poison);
        Api.Response retried = admin.post("/api/admin/dead-letters/" + failed.path("id").asText() + "/retry", "{}");

        // then both wait no more, each is projected once, and the unit-year's figures move
        assertThat(retried.body().path("succeeded").asBoolean()).as(retried.body().toString()).isTrue();
        assertThat(retried.body().path("remaining").asInt()).isZero();
        assertThat(lettersOf(POISONED)).isEmpty();
        assertThat(vouchersProjected(POISONED)).containsExactlyInAnyOrder("A-1", "A-POISON", "A-2");
        assertThat(executedOnTheOfficeLine(poisoned)).isEqualTo("400.00");
        assertThat(metrics.get("ledger.dead.letters").tag("processor", LEDGER).gauge().value()).isZero();

        // and the next write of that unit-year answers as usual
        assertThat(accountant.post(poisoned + "/payments", payment("A-3", OFFICE_LINE, "1.00")).status()).isEqualTo(201);
    }

    @Test
    void an_administrator_gives_up_on_a_poisoned_event_with_a_reason_and_a_rebuild_passes_over_it() {
        // given a poisoned payment dead-lettered, and a later payment of its unit-year waiting behind it
        String year = Ledger.openWithTwoLines(accountant, EVICTED, "10000.00");
        assertThat(accountant.post(year + "/payments", payment("E-1", OFFICE_LINE, "10.00")).status()).isEqualTo(201);
        String poison = storeACopy(EVICTED, "E-1", "E-POISON", true);
        assertThat(accountant.post(year + "/payments", payment("E-2", OFFICE_LINE, "20.00")).status()).isEqualTo(202);
        JsonNode failed = lettersOf(EVICTED).get(0);
        String evict = "/api/admin/dead-letters/" + failed.path("id").asText() + "/evict";

        // when an administrator gives it up without a reason, then nothing happens
        assertThat(admin.post(evict, "{}").status()).isEqualTo(400);
        assertThat(lettersOf(EVICTED)).hasSize(2);

        // when with a reason, then it leaves the queue, logged with who, why and the event
        assertThat(admin.post(evict, "{\"reason\":\"测试：错误录入，已另行冲正\"}").status()).isEqualTo(204);
        Map<String, Object> logged = jdbc.queryForMap("select * from dead_letter_eviction where event_identifier = ?", poison);
        assertThat(logged).containsEntry("evicted_by", "admin").containsEntry("reason", "测试：错误录入，已另行冲正")
                .containsEntry("processing_group", LEDGER);
        assertThat(new String((byte[]) logged.get("payload"), StandardCharsets.UTF_8)).contains("E-POISON");

        assertThat(lettersOf(EVICTED).get(0).path("failed").asBoolean()).isFalse();
        assertThat(admin.post(evict, "{\"reason\":\"again\"}").status()).isEqualTo(404);

        // when the read models are rebuilt from the store, which still holds the given-up event
        Api.Response rebuilt = admin.post("/api/admin/read-models/rebuild", "");

        // then the rebuild passes over it as the live read model did, projects what waited behind it, and nothing waits
        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(vouchersProjected(EVICTED)).containsExactly("E-1", "E-2");
        assertThat(lettersOf(EVICTED)).isEmpty();
        assertThat(accountant.post(year + "/payments", payment("E-3", OFFICE_LINE, "1.00")).status()).isEqualTo(201);
    }

    @Test
    void a_failure_outside_the_event_is_retried_until_it_passes_and_never_dead_lettered() {
        // given a unit-year, and a database that refuses its payment for a while as a lost deadlock (SQLSTATE 40P01)
        String busy = Ledger.openWithTwoLines(accountant, BUSY, "10000.00");
        jdbc.execute("""
                create function refuse_for_a_while() returns trigger language plpgsql as $$
                begin
                    if new.voucher = 'D-1' then raise exception 'deadlock detected (for the test)' using errcode = '40P01'; end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger refuse_for_a_while before insert on payment for each row execute function refuse_for_a_while()");
        try {
            // when a payment is recorded
            Api.Response paid = accountant.post(busy + "/payments", payment("D-1", OFFICE_LINE, "50.00"));

            // then it is recorded, and the answer says its figures are behind
            assertThat(paid.status()).isEqualTo(202);
            assertThat(paid.text("code")).isEqualTo("READ_MODELS_BEHIND");
            assertThat(vouchersProjected(BUSY)).isEmpty();
        } finally {
            jdbc.execute("drop trigger refuse_for_a_while on payment");
            jdbc.execute("drop function refuse_for_a_while()");
        }

        // and once the database takes it again, the payment is projected once, and nothing was dead-lettered
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(vouchersProjected(BUSY)).containsExactly("D-1"));
        assertThat(executedOnTheOfficeLine(busy)).isEqualTo("50.00");
        assertThat(lettersOf(BUSY)).isEmpty();
    }

    /**
     * Copies a stored payment (the JSON the serializer wrote) as the next event of its unit-year, under another voucher;
     * poisoned: its payee holds U+0000, as the command side no longer lets in.
     */
    private static String storeACopy(String unit, String voucher, String copiedVoucher, boolean poisoned) {
        Map<String, Object> row = jdbc.queryForMap("""
                select * from domainevententry where payloadtype like '%PaymentRecordedEvent'
                and convert_from(payload, 'UTF8') like ?""", "%\"" + voucher + "\"%");
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)
                .replace("\"" + voucher + "\"", "\"" + copiedVoucher + "\"");
        if (poisoned) {
            payload = payload.replace("某科技有限公司", "某科技\\u0000有限公司");
            assertThat(payload).contains("\\u0000");
        }
        assertThat(payload).contains(unit).contains(copiedVoucher);
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                values (?, (select max(sequencenumber) + 1 from domainevententry where aggregateidentifier = ?), ?, ?, ?,
                        ?, ?, ?, ?)""",
                row.get("aggregateidentifier"), row.get("aggregateidentifier"), row.get("type"), eventId,
                row.get("metadata"), payload.getBytes(StandardCharsets.UTF_8), row.get("payloadrevision"),
                row.get("payloadtype"), row.get("timestamp"));
        return eventId;
    }

    /** The repair an administrator would make: the payee without its U+0000, in the store and in the queue. */
    private static void repairThePayee(String eventId) {
        for (String table : List.of("domainevententry", "deadletterentry")) {
            assertThat(jdbc.update("update " + table + " set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'\\u0000', ''), 'UTF8') where eventidentifier = ?", eventId)).isEqualTo(1);
        }
    }

    private static String inTheSameSegmentAs(String unit) {
        Segment segment = Arrays.stream(Segment.computeSegments(0, 1, 2, 3))
                .filter(candidate -> candidate.matches(unit + "-2025")).findFirst().orElseThrow();
        return IntStream.range(709610, 709699).mapToObj(String::valueOf)
                .filter(candidate -> segment.matches(candidate + "-2025")).findFirst().orElseThrow();
    }

    private static List<String> vouchersProjected(String unit) {
        return jdbc.queryForList("select voucher from payment where unit = ? order by voucher", String.class, unit);
    }

    private static String executedOnTheOfficeLine(String year) {
        JsonNode lines = accountant.get(year).body().path("lines");
        return StreamSupport.stream(lines.spliterator(), false).filter(line -> line.path("projectCode").asText().equals(OFFICE))
                .findFirst().orElseThrow().path("figures").path("executed").asText();
    }

    private static List<JsonNode> lettersOf(String unit) {
        Api.Response all = admin.get("/api/admin/dead-letters");
        assertThat(all.status()).isEqualTo(200);
        return StreamSupport.stream(all.body().spliterator(), false)
                .filter(letter -> letter.path("unitYear").asText().contains(unit)).toList();
    }
}
