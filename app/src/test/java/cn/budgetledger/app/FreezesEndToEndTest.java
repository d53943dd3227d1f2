package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.LedgerCoreTest.OFFICE;
import static cn.budgetledger.app.LedgerCoreTest.SYSTEMS;
import static cn.budgetledger.app.LedgerCoreTest.approval;
import static cn.budgetledger.app.LedgerCoreTest.line;
import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * 冻结 / 解冻 end to end over HTTP: a freeze holds money of its line (办公费 50,000.00 here) until released, every
 * rule answered with its status and code, the journal, the import, and who may do it.
 */
class FreezesEndToEndTest {

    static final String FREEZES_HEADER = "单位代码,年度,冻结单号,冻结日期,功能科目编码,经济科目编码,项目编码,资金来源,冻结金额,冻结类型,事由";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void a_freeze_holds_money_until_released_and_lines_show_it() {
        LedgerDriver books = openWithApproval("516101");

        Api.Response placed = books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "30000.00", "合同", "办公家具采购合同"));
        Api.Response again = books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "30000.00", "合同", "办公家具采购合同"));
        Api.Response changed = books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "30000.01", "合同", "办公家具采购合同"));

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.text("outcome")).isEqualTo("RECORDED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("outcome")).isEqualTo("UNCHANGED");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text("code")).isEqualTo("DOCUMENT_NUMBER_CONFLICT");
        assertThat(officeFigures(books, "2025-02-28")).isEqualTo(List.of("0.00", "50000.00"));
        assertThat(officeFigures(books, "2025-03-01")).isEqualTo(List.of("30000.00", "20000.00"));
        JsonNode lines = expect(books.api().get(books.path() + "/lines?asOf=2025-12-31"), 200).body();
        JsonNode office = lines.findParents("economicCode").stream()
                .filter(line -> line.path("economicCode").asText().equals("30201")).findFirst().orElseThrow();
        assertThat(office.path("figures").path("frozen").asText()).isEqualTo("30000.00");
        assertThat(office.path("figures").path("available").asText()).isEqualTo("20000.00");
        JsonNode history = books.api().get(books.path() + "/lines/" + office.path("lineId").asText() + "/history").body();
        assertThat(history.path("events").findValuesAsText("kind")).containsExactly("年初预算", "冻结");
    }

    @Test
    void a_freeze_beyond_the_available_balance_is_refused_and_nothing_is_recorded() {
        LedgerDriver books = openWithApproval("516102");
        expect(books.pay(OFFICE.payment("V1", "2025-02-01", "20000.00")), 201);
        long events = eventCount();

        Api.Response refused = books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "30000.01", "采购", "电脑采购"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("INSUFFICIENT_BUDGET");
        assertThat(refused.text("message")).contains("无预算不支出").contains("30,000.00");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(books.freezes("").path("total").asInt()).isZero();
    }

    @Test
    void a_payment_is_refused_while_a_freeze_holds_the_money_and_paid_once_part_is_released() {
        LedgerDriver books = openWithApproval("516103");
        expect(books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "45000.00", "合同", "物业合同")), 201);

        Api.Response refused = books.pay(OFFICE.payment("V1", "2025-03-10", "5000.01"));
        Api.Response partly = books.release("DJ-1", "2025-03-15", "10000.00");
        Api.Response partlyAgain = books.release("DJ-1", "2025-03-15", "10000.00");
        Api.Response paid = books.pay(OFFICE.payment("V1", "2025-03-20", "15000.00"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("PAYMENT_REFUSED");
        assertThat(refused.text("available")).isEqualTo("5000.00");
        assertThat(partly.status()).isEqualTo(201);
        assertThat(partlyAgain.status()).as("the same release sent again").isEqualTo(200);
        assertThat(paid.status()).isEqualTo(201);
        assertThat(officeFigures(books, "2025-03-20")).isEqualTo(List.of("35000.00", "0.00"));

        Api.Response tooMuch = books.release("DJ-1", "2025-04-01", "35000.01");
        Api.Response all = books.release("DJ-1", "2025-04-01", null);
        Api.Response nothingLeft = books.release("DJ-1", "2025-04-02", null);

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("code")).isEqualTo("RELEASE_EXCEEDS_FROZEN");
        assertThat(all.status()).isEqualTo(201);
        assertThat(nothingLeft.status()).isEqualTo(200);
        assertThat(officeFigures(books, "2025-04-01")).isEqualTo(List.of("0.00", "35000.00"));
        JsonNode journal = books.freezes("");
        assertThat(journal.path("items").get(0).path("released").asText()).isEqualTo("45000.00");
        assertThat(journal.path("items").get(0).path("open").asText()).isEqualTo("0.00");
    }

    @Test
    void bad_freezes_and_releases_are_answered_with_their_codes() {
        LedgerDriver books = openWithApproval("516104");
        expect(books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "100.00", "合同", "合同")), 201);
        long events = eventCount();

        ObjectNode unknownKind = LedgerDriver.json(OFFICE.freeze("DJ-2", "2025-03-01", "1.00", "借款", "x"));
        assertCode(books.api().post(books.path() + "/freezes", unknownKind), 400, "FREEZE_KIND_UNKNOWN");
        assertCode(books.freeze(OFFICE.freeze("DJ-2", "2025-03-01", "1.00", "采购", null)), 400, "FREEZE_REASON_MISSING");
        assertCode(books.freeze(OFFICE.freeze("DJ-2", "2025-03-01", "1.00", null, "x")), 400, "FREEZE_KIND_MISSING");
        assertCode(books.freeze(OFFICE.freeze("DJ-2", "2026-01-01", "1.00", "其他", "x")), 400, "DATE_OUTSIDE_YEAR");
        assertCode(books.freeze(OFFICE.freeze("DJ-2", "2025-03-01", "-1.00", "其他", "x")), 400, "AMOUNT_NOT_POSITIVE");
        assertCode(books.freeze(SYSTEMS.withFundSource("政府性基金预算拨款")
                .freeze("DJ-2", "2025-03-01", "1.00", "其他", "x")), 422, "LINE_NOT_FOUND");
        assertCode(books.release("DJ-9", "2025-03-02", null), 404, "FREEZE_NOT_FOUND");
        assertCode(books.release("DJ-1", "2025-02-28", null), 400, "RELEASE_BEFORE_FREEZE");
        assertCode(books.api().post(books.path() + "/freezes/DJ-1/release", "{\"date\":\"2025-13-01\"}"), 400,
                "DATE_MALFORMED");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void the_journal_lists_freezes_newest_first_filtered_by_date_status_and_text() {
        LedgerDriver books = openWithApproval("516105");
        expect(books.freeze(OFFICE.freeze("HT-01", "2025-02-01", "1000.00", "合同", "保洁合同")), 201);
        expect(books.freeze(SYSTEMS.freeze("CG-02", "2025-03-01", "2000.00", "采购", "服务器采购")), 201);
        expect(books.freeze(OFFICE.freeze("CZ-03", "2025-04-01", "3000.00", "财政冻结", "财政局暂缓拨付")), 201);
        expect(books.release("HT-01", "2025-05-01", null), 201);

        JsonNode all = books.freezes("");
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("items").findValuesAsText("documentNumber")).containsExactly("CZ-03", "CG-02", "HT-01");
        JsonNode newest = all.path("items").get(0);
        assertThat(newest.path("kind").asText()).isEqualTo("财政冻结");
        assertThat(newest.path("date").asText()).isEqualTo("2025-04-01");
        assertThat(newest.path("functionalCode").asText()).isEqualTo("2080150");
        assertThat(newest.path("economicCode").asText()).isEqualTo("30201");
        assertThat(newest.path("fundSource").asText()).isEqualTo("一般公共预算拨款");
        assertThat(newest.path("origin").asText()).isEqualTo("本年");
        assertThat(newest.path("amount").asText()).isEqualTo("3000.00");
        assertThat(newest.path("open").asText()).isEqualTo("3000.00");
        assertThat(newest.path("reason").asText()).isEqualTo("财政局暂缓拨付");
        assertThat(newest.path("recordedBy").asText()).isEqualTo("accountant");
        assertThat(newest.path("recordedAt").asText()).isNotBlank();
        assertThat(books.freezes("status=open").path("items").findValuesAsText("documentNumber"))
                .containsExactly("CZ-03", "CG-02");
        assertThat(books.freezes("status=released").path("items").findValuesAsText("documentNumber"))
                .containsExactly("HT-01");
        assertThat(books.freezes("from=2025-02-15&to=2025-03-31").path("items").findValuesAsText("documentNumber"))
                .containsExactly("CG-02");
        assertThat(books.freezes("q=" + Api.query("采购")).path("items").findValuesAsText("documentNumber"))
                .containsExactly("CG-02");
        assertThat(books.freezes("q=ht").path("items").findValuesAsText("documentNumber")).containsExactly("HT-01");
        JsonNode secondPage = books.freezes("page=1&size=2");
        assertThat(secondPage.path("total").asInt()).isEqualTo(3);
        assertThat(secondPage.path("items").findValuesAsText("documentNumber")).containsExactly("HT-01");
        assertCode(books.api().get(books.path() + "/freezes?status=frozen"), 400, "FREEZE_STATUS_UNKNOWN");
        assertThat(app.as("manager").get(books.path() + "/freezes").status()).as("a leader reads the journal")
                .isEqualTo(200);
    }

    @Test
    void a_leader_may_not_freeze_or_release() {
        LedgerDriver books = openWithApproval("516106");
        expect(books.freeze(OFFICE.freeze("DJ-1", "2025-03-01", "100.00", "合同", "合同")), 201);
        LedgerDriver leader = books.as(app.as("manager"));

        assertThat(leader.freeze(OFFICE.freeze("DJ-2", "2025-03-01", "1.00", "合同", "合同")).status()).isEqualTo(403);
        assertThat(leader.release("DJ-1", "2025-03-02", null).status()).isEqualTo(403);
        assertThat(books.freezes("").path("items").get(0).path("open").asText()).isEqualTo("100.00");
    }

    @Test
    void an_import_places_and_releases_freezes_and_a_resent_file_changes_nothing() {
        LedgerDriver books = openWithApproval("516107");
        String[] rows = {
                "516107,2025,DJ-1,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,\"20,000.00\",合同,物业合同",
                "516107,2025,DJ-2,2025-03-02,2080150,30201,P503019GY,一般公共预算拨款,30000,采购,家具采购",
                "516107,2025,DJ-1,2025-04-01,2080150,30201,P503019GY,一般公共预算拨款,-5000,,",
                "516107,2025,DJ-3,2025/4/2,2080150,30201,P503019GY,一般公共预算拨款,5000,其他,预留"};

        Api.Response first = importCsv(FREEZES_HEADER, rows);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().path("recorded").asInt()).isEqualTo(4);
        awaitOpen(books, 50000);
        Api.Response again = importCsv(FREEZES_HEADER, rows);

        assertThat(again.body().toString()).isEqualTo("{\"rows\":4,\"recorded\":0,\"unchanged\":4,\"refused\":[]}");
        app.awaitReadModels();
        assertThat(officeFigures(books, "2025-12-31")).isEqualTo(List.of("50000.00", "0.00"));
        assertThat(books.freezes("q=DJ-1").path("items").get(0).path("released").asText()).isEqualTo("5000.00");
    }

    @Test
    void every_bad_row_of_a_freezes_file_is_listed_and_nothing_is_recorded() {
        LedgerDriver books = openWithApproval("516108");
        expect(books.freeze(OFFICE.freeze("DJ-0", "2025-02-01", "10000.00", "合同", "合同")), 201);
        long events = eventCount();

        Api.Response response = importCsv(FREEZES_HEADER,
                "516108,2025,DJ-1,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,40000.01,合同,超出可用余额",
                "516108,2025,DJ-2,2025-03-01,2080150,30299,P503019GY,一般公共预算拨款,1,合同,无此指标",
                "516108,2025,DJ-3,2024-12-31,2080150,30201,P503019GY,一般公共预算拨款,1,合同,年度外",
                "516108,2025,DJ-4,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,1,借款,未知类型",
                "516108,2025,DJ-5,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,1,采购,",
                "516108,2025,DJ-9,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,-1,,",
                "516108,2025,DJ-0,2025-01-15,2080150,30201,P503019GY,一般公共预算拨款,-1,,",
                "516108,2025,DJ-0,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,-10000.01,,",
                "516108,2025,DJ-6,2025-03-01,2080150,30201,P503019GY,一般公共预算拨款,1,合同,好的一行");

        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).containsExactly(tuple(2, "冻结金额"), tuple(3, "经济科目编码"), tuple(4, "冻结日期"),
                tuple(5, "冻结类型"), tuple(6, "事由"), tuple(7, "冻结单号"), tuple(8, "冻结日期"), tuple(9, "冻结金额"));
        assertThat(eventCount()).isEqualTo(events);
    }

    private static void assertCode(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(response.text("message")).isNotBlank();
    }

    /** The office line's frozen and available as of a date. */
    static List<String> officeFigures(LedgerDriver books, String asOf) {
        JsonNode figures = line(books.budget(asOf), "30201").path("figures");
        return List.of(figures.path("frozen").asText(), figures.path("available").asText());
    }

    static void awaitOpen(LedgerDriver books, long yuan) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long open = 0;
            for (JsonNode item : books.freezes("").path("items")) {
                open += Math.round(Double.parseDouble(item.path("open").asText()));
            }
            assertThat(open).isEqualTo(yuan);
        });
    }

    static LedgerDriver openWithApproval(String unit) {
        LedgerDriver books = app.books(unit);
        expect(books.open("测试单位" + unit, "503"), 201);
        expect(books.allocate(approval("武财预〔2025〕1号")), 201);
        return books;
    }

    static Api.Response importCsv(String header, String... rows) {
        return app.accountant().upload("/api/imports/freezes", "冻结.csv",
                (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static List<Tuple> errors(Api.Response response) {
        List<Tuple> errors = new ArrayList<>();
        response.body().path("errors").forEach(error -> errors.add(tuple(error.path("row").asInt(),
                error.path("column").asText())));
        return errors;
    }

    static long eventCount() {
        return app.bean(JdbcTemplate.class).queryForObject("select count(*) from domainevententry", Long.class);
    }
}
