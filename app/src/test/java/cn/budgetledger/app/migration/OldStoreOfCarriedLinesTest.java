package cn.budgetledger.app.migration;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.query.support.Schema;
import cn.budgetledger.query.support.SharedPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by the code before lines had an origin (commit ae6178a; old-store/events-ae6178a.json holds its
 * events exactly as it serialized them): a 2025 closed and carried into 2026 as lines of the pseudo fund source
 * 上年结转结余. Upgraded, the events are upcast: the old lines read as 上年结转 of unknown fund source, under the
 * same ids, and take payments and reversals as before.
 */
class OldStoreOfCarriedLinesTest {

    static final String UNIT = "509901";
    static final Line OLD_CARRIED = new Line("2080199", "30217", "P509901-SYS", "上年结转结余");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();

    @Test
    void the_old_events_are_read_with_their_origins_and_the_old_carried_line_keeps_working() throws IOException {
        // given the store as the old code left it
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        for (JsonNode event : Api.json(resource("/old-store/events-ae6178a.json"))) {
            jdbc.update("""
                            insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                          metadata, payload, payloadrevision, payloadtype, timestamp)
                            values (?, ?, 'UnitYearBudget', ?, ?, ?, null, ?, '2026-01-01T00:00:00Z')""",
                    event.path("aggregate").asText(), event.path("sequence").asLong(), UUID.randomUUID().toString(),
                    "{\"recordedBy\":\"accountant\"}".getBytes(StandardCharsets.UTF_8),
                    event.path("payload").toString().getBytes(StandardCharsets.UTF_8), event.path("payloadType").asText());
        }

        // when the upgraded ledger reads it
        app.awaitReadModels();
        LedgerDriver y2025 = new LedgerDriver(app.accountant(), UNIT, 2025);
        LedgerDriver y2026 = new LedgerDriver(app.accountant(), UNIT, 2026);

        // then the events are upcast to revision 2: the carry-forward document is of 指标类型 上年结转, its line 上年结转
        List<Object> upcast = app.bean(EventStore.class).readEvents(UNIT + "-2026").asStream()
                .map(Message::getPayload).map(Object.class::cast).toList();
        assertThat(upcast).filteredOn(BudgetAllocatedEvent.class::isInstance).map(BudgetAllocatedEvent.class::cast)
                .singleElement().satisfies(carriedForward -> {
                    assertThat(carriedForward.allocationType()).isEqualTo(AllocationType.CARRIED_OVER);
                    assertThat(carriedForward.allocations().get(0).line().origin()).isEqualTo(Origin.CARRIED_OVER);
                });

        // and 2025's lines are of this year, and 2026's carried line is 上年结转 of unknown fund source, ids unchanged
        JsonNode closed = y2025.budget("2025-12-31");
        assertThat(closed.path("lines")).hasSize(2).allSatisfy(line -> assertThat(line.path("origin").asText()).isEqualTo("本年"));
        assertThat(closed.path("lines").findValuesAsText("lineId")).contains(oldId("2080199|30217|P509901-SYS|GENERAL_PUBLIC_BUDGET"));
        JsonNode carried = y2026.budget("2026-12-31").path("lines");
        assertThat(carried).hasSize(1);
        assertThat(carried.get(0).path("lineId").asText()).isEqualTo(oldId("2080199|30217|P509901-SYS|CARRIED_OVER"));
        assertThat(carried.get(0).path("fundSource").asText()).isEqualTo("上年结转结余");
        assertThat(carried.get(0).path("origin").asText()).isEqualTo("上年结转");
        assertThat(carried.get(0).path("figures").path("executed").asText()).isEqualTo("100.00");

        // and the old line is paid by its old name and its old payment reversed, through the upcast history
        expect(y2026.pay(OLD_CARRIED.payment("记-2", "2026-03-01", "50.00")), 201);
        expect(y2026.reverse("红冲-1", "记-1", "2026-03-02"), 201);
        app.awaitReadModels();
        assertThat(y2026.budget("2026-12-31").path("lines").get(0).path("figures").path("executed").asText()).isEqualTo("50.00");

        // and the public tables count it as carried money: 700.00 = 0.07 万元
        JsonNode tables = app.as("manager").get("/api/units/" + UNIT + "/years/2026/disclosure").body();
        assertThat(tables.path("incomeBySource").path("上年结转结余").asText()).isEqualTo("0.07");
        assertThat(tables.path("incomeBySource").path("一般公共预算拨款").asText()).isEqualTo("0.00");
        assertThat(tables.path("carriedOverBySource").path("上年结转结余").asText()).isEqualTo("0.07");
    }

    @Test
    void the_read_models_lines_get_their_origin_when_migrated() {
        try (SharedPostgres postgres = SharedPostgres.start()) {
            JdbcTemplate jdbc = postgres.jdbc();
            Schema.migrate(jdbc.getDataSource(), "10.4");
            jdbc.update("""
                    insert into budget_line (unit, year, line_id, functional_code, economic_code, project_code,
                                             project_name, project_category, fund_source)
                    values ('509901', 2026, ?, '2080199', '30217', 'P1', '运维', '特定目标类', '一般公共预算拨款'),
                           ('509901', 2026, ?, '2080199', '30217', 'P1', '运维', '特定目标类', '上年结转结余')""",
                    UUID.randomUUID(), UUID.randomUUID());

            Schema.migrate(jdbc.getDataSource(), Schema.LATEST);

            List<Map<String, Object>> lines = jdbc.queryForList(
                    "select fund_source, origin from budget_line where unit = '509901' order by origin");
            assertThat(lines).containsExactlyInAnyOrder(Map.of("fund_source", "一般公共预算拨款", "origin", "本年"),
                    Map.of("fund_source", "上年结转结余", "origin", "上年结转"));
        }
    }

    private static String oldId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OldStoreOfCarriedLinesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
