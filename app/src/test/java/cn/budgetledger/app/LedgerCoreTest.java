package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.CloseYearRequest;
import cn.budgetledger.command.web.ReversalRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ledger core end to end, as a finance user drives it over HTTP, on a real embedded PostgreSQL.
 * Each test works in a unit of its own, so they do not depend on each other.
 */
class LedgerCoreTest {

    static final String SYSTEM_RUNNING = "42010022503T000000142";
    static final String PUBLIC_FUNDS = "P503019GY";
    static final Line SYSTEMS = Line.of("2080199", "30213", SYSTEM_RUNNING);
    static final Line OFFICE = Line.of("2080150", "30201", PUBLIC_FUNDS);

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    // ---- step 1: open the year and allocate its approved lines

    @Test
    void an_accountant_opens_the_year_and_allocates_the_approved_budget() {
        LedgerDriver books = app.books("503101");

        Api.Response opened = books.open("武汉市人力资源和社会保障信息中心", "503");
        Api.Response allocated = books.allocate(approval("武财预〔2025〕1号"));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(allocated.status()).isEqualTo(201);
        JsonNode budget = books.budget("2025-01-01");
        assertThat(budget.path("unitName").asText()).isEqualTo("武汉市人力资源和社会保障信息中心");
        assertThat(budget.path("totals")).isEqualTo(figures("1250700.00", "1250700.00", "0.00", "1250700.00"));
        assertThat(budget.path("lines")).hasSize(2);
        assertThat(project(budget, SYSTEM_RUNNING).path("figures"))
                .isEqualTo(figures("1200700.00", "1200700.00", "0.00", "1200700.00"));
    }

    // ---- step 2: payments move every figure, and any earlier date still answers

    @Test
    void payments_move_line_project_and_unit_figures_as_of_any_date() {
        LedgerDriver books = openWithApproval("503102");

        assertThat(books.pay(SYSTEMS.payment("V001", "2025-03-10", "1,000.50")).status()).isEqualTo(201);
        assertThat(books.pay(OFFICE.payment("V002", "2025-06-01", "20000.00")).status()).isEqualTo(201);

        JsonNode march = books.budget("2025-03-31");
        assertThat(march.path("totals")).isEqualTo(figures("1250700.00", "1250700.00", "1000.50", "1249699.50"));
        assertThat(line(march, "30213").path("figures")).isEqualTo(figures("1200700.00", "1200700.00", "1000.50", "1199699.50"));
        assertThat(line(march, "30201").path("figures")).isEqualTo(figures("50000.00", "50000.00", "0.00", "50000.00"));

        JsonNode december = books.budget("2025-12-31");
        assertThat(december.path("totals")).isEqualTo(figures("1250700.00", "1250700.00", "21000.50", "1229699.50"));
        assertThat(project(december, PUBLIC_FUNDS).path("figures")).isEqualTo(figures("50000.00", "50000.00", "20000.00", "30000.00"));
    }

    // ---- step 3: an adjustment document moves both sides

    @Test
    void a_reallocation_moves_money_from_one_line_to_another_from_its_date_on() {
        LedgerDriver books = openWithApproval("503103");

        Api.Response adjusted = books.adjust("TZ-2025-01", "调剂", "2025-04-01", "办公费不足",
                SYSTEMS.entry("-20000.00"), OFFICE.entry("20000.00"));

        assertThat(adjusted.status()).isEqualTo(201);
        JsonNode before = books.budget("2025-03-31");
        JsonNode after = books.budget("2025-04-01");
        assertThat(line(before, "30201").path("figures").path("adjusted").asText()).isEqualTo("50000.00");
        assertThat(line(after, "30201").path("figures")).isEqualTo(figures("50000.00", "70000.00", "0.00", "70000.00"));
        assertThat(line(after, "30213").path("figures")).isEqualTo(figures("1200700.00", "1180700.00", "0.00", "1180700.00"));
        assertThat(after.path("totals").path("adjusted").asText()).isEqualTo("1250700.00");
    }

    @Test
    void an_increase_may_open_a_new_line_and_a_decrease_removes_money() {
        LedgerDriver books = openWithApproval("503104");

        Api.Response increase = books.adjust("ZJ-01", "追加", "2025-05-01", null,
                Line.of("2080199", "31002", SYSTEM_RUNNING).opening("8000", "日常系统运行经费", "特定目标类"));
        Api.Response decrease = books.adjust("ZJ-02", "追减", "2025-05-02", null, OFFICE.entry("-5000"));

        assertThat(increase.status()).isEqualTo(201);
        assertThat(decrease.status()).isEqualTo(201);
        JsonNode budget = books.budget("2025-12-31");
        assertThat(line(budget, "31002").path("figures")).isEqualTo(figures("0.00", "8000.00", "0.00", "8000.00"));
        assertThat(budget.path("totals").path("adjusted").asText()).isEqualTo("1253700.00");
    }

    @Test
    void an_adjustment_that_would_overdraw_a_line_is_an_error_and_nothing_is_recorded() {
        LedgerDriver books = openWithApproval("503105");
        long events = eventCount();

        Api.Response refused = books.adjust("TZ-9", "调剂", "2025-04-01", null,
                OFFICE.entry("-50000.01"), SYSTEMS.entry("50000.01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("INSUFFICIENT_BUDGET");
        assertThat(refused.text("message")).contains("无预算不支出");
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---- step 4: an overdrawing payment is refused, recorded, and leaves the balance alone

    @Test
    void a_payment_beyond_the_available_balance_is_refused_with_a_clear_message_and_the_refusal_recorded() {
        LedgerDriver books = openWithApproval("503106");

        Api.Response refused = books.pay(OFFICE.payment("V100", "2025-03-10", "50000.01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("PAYMENT_REFUSED");
        assertThat(refused.text("message")).contains("拒付").contains("50,000.00");
        assertThat(refused.text("available")).isEqualTo("50000.00");
        JsonNode budget = books.budget("2025-12-31");
        assertThat(line(budget, "30201").path("figures")).isEqualTo(figures("50000.00", "50000.00", "0.00", "50000.00"));
        JsonNode history = books.api().get(books.path() + "/lines/" + line(budget, "30201").path("lineId").asText() + "/history").body();
        assertThat(history.path("events").findValuesAsText("kind")).containsExactly("年初预算", "拒付");

        Api.Response retried = books.pay(OFFICE.payment("V100", "2025-03-11", "50000.00"));
        assertThat(retried.status()).as("a refused voucher is not used up").isEqualTo(201);
    }

    // ---- step 5: reversal, safe retries, conflicts

    @Test
    void a_reversal_gives_the_whole_amount_back() {
        LedgerDriver books = openWithApproval("503107");
        books.pay(OFFICE.payment("V200", "2025-03-10", "12345.67"));

        Api.Response reversed = books.reverse(
                new ReversalRequest("HC-200", "V200", LocalDate.parse("2025-03-20"), null, "收款人账号错误"));

        assertThat(reversed.status()).isEqualTo(201);
        assertThat(line(books.budget("2025-03-19"), "30201").path("figures").path("executed").asText())
                .isEqualTo("12345.67");
        assertThat(line(books.budget("2025-03-20"), "30201").path("figures"))
                .isEqualTo(figures("50000.00", "50000.00", "0.00", "50000.00"));
        Api.Response again = books.reverse("HC-201", "V200", "2025-03-21");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("PAYMENT_ALREADY_REVERSED");
    }

    @Test
    void resending_a_voucher_or_a_document_changes_nothing_and_a_changed_one_is_a_conflict() {
        LedgerDriver books = openWithApproval("503108");
        books.pay(OFFICE.payment("V300", "2025-03-10", "100.00"));
        books.adjust("TZ-300", "追加", "2025-04-01", null, OFFICE.entry("900.00"));
        long events = eventCount();

        Api.Response paymentAgain = books.pay(OFFICE.payment("V300", "2025-03-10", "100.00"));
        Api.Response adjustmentAgain = books.adjust("TZ-300", "追加", "2025-04-01", null, OFFICE.entry("900.00"));
        Api.Response approvalAgain = books.allocate(approval("武财预〔2025〕1号"));
        Api.Response changedPayment = books.pay(OFFICE.payment("V300", "2025-03-10", "100.01"));
        Api.Response changedAdjustment = books.adjust("TZ-300", "追加", "2025-04-01", null, OFFICE.entry("901.00"));

        assertThat(paymentAgain.status()).isEqualTo(200);
        assertThat(paymentAgain.text("status")).isEqualTo("UNCHANGED");
        assertThat(adjustmentAgain.status()).isEqualTo(200);
        assertThat(approvalAgain.status()).isEqualTo(200);
        assertThat(changedPayment.status()).isEqualTo(409);
        assertThat(changedPayment.text("code")).isEqualTo("DOCUMENT_NUMBER_CONFLICT");
        assertThat(changedAdjustment.status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(line(books.budget("2025-12-31"), "30201").path("figures"))
                .isEqualTo(figures("50000.00", "50900.00", "100.00", "50800.00"));
    }

    // ---- step 6: the full history of a line

    @Test
    void a_line_tells_its_whole_history_with_business_dates_who_and_when() {
        LedgerDriver books = openWithApproval("503109");
        books.pay(OFFICE.payment("V400", "2025-02-03", "300.00"));
        books.reverse("HC-400", "V400", "2025-02-04");
        books.pay(OFFICE.payment("V401", "2025-01-20", "50.00"));

        String lineId = line(books.api().get(books.path()).body(), "30201").path("lineId").asText();
        JsonNode history = app.as("manager").get(books.path() + "/lines/" + lineId + "/history").body();

        List<String> told = new ArrayList<>();
        history.path("events").forEach(event -> told.add(event.path("businessDate").asText() + " "
                + event.path("kind").asText() + " " + event.path("document").asText() + " " + event.path("amount").asText()));
        assertThat(told).containsExactly(
                "2025-01-01 年初预算 武财预〔2025〕1号 50000.00",
                "2025-01-20 支付 V401 50.00",
                "2025-02-03 支付 V400 300.00",
                "2025-02-04 冲销 HC-400 300.00");
        history.path("events").forEach(event -> {
            assertThat(event.path("recordedBy").asText()).isEqualTo("accountant");
            assertThat(event.path("recordedAt").asText()).startsWith("20");
        });
    }

    // ---- step 7: closing the year

    @Test
    void a_closed_year_takes_no_entries_and_its_unspent_project_balances_open_the_next_year() {
        LedgerDriver books = openWithApproval("503110");
        books.pay(SYSTEMS.payment("V500", "2025-11-10", "200700.00"));

        Api.Response closed = books.close(new CloseYearRequest(LocalDate.parse("2025-12-31")));
        Api.Response late = books.pay(OFFICE.payment("V501", "2025-12-31", "1.00"));

        assertThat(closed.status()).isEqualTo(201);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("YEAR_CLOSED");
        assertThat(books.api().get(books.path()).body().path("closedOn").asText()).isEqualTo("2025-12-31");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode next = books.api().get("/api/units/503110/years/2026?asOf=2026-01-01").body();
            assertThat(next.path("lines")).hasSize(1);
            assertThat(next.path("lines").get(0).path("fundSource").asText()).isEqualTo("一般公共预算拨款");
            assertThat(next.path("lines").get(0).path("origin").asText()).isEqualTo("上年结转");
            assertThat(next.path("lines").get(0).path("projectCode").asText()).isEqualTo(SYSTEM_RUNNING);
            assertThat(next.path("totals").path("original").asText()).isEqualTo("1000000.00");
        });
    }

    // ---- bad input: a clear error, nothing recorded, never a 500

    @Test
    void bad_input_is_a_clear_error_and_records_nothing() {
        LedgerDriver books = openWithApproval("503111");
        String payments = books.path() + "/payments";
        long events = eventCount();

        Api.Response badJson = books.api().post(payments, "{\"voucher\":");
        Api.Response badCode = books.pay(Line.of("208015", "30201", PUBLIC_FUNDS).payment("V1", "2025-03-10", "1.00"));
        Api.Response tooPrecise = books.pay(OFFICE.payment("V1", "2025-03-10", "1.001"));
        Api.Response badDate = books.api().post(payments,
                LedgerDriver.json(OFFICE.payment("V1", "2025-03-10", "1.00")).put("date", "2025-02-30"));
        Api.Response otherYear = books.pay(OFFICE.payment("V1", "2024-12-31", "1.00"));
        Api.Response noSuchLine = books.pay(Line.of("2080150", "30202", PUBLIC_FUNDS).payment("V1", "2025-03-10", "1.00"));
        Api.Response negative = books.pay(OFFICE.payment("V1", "2025-03-10", "-1.00"));
        Api.Response unopened = app.books("999999").pay(OFFICE.payment("V1", "2025-03-10", "1.00"));
        Api.Response badFundSource = books.pay(OFFICE.withFundSource("财政拨款").payment("V1", "2025-03-10", "1.00"));

        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.text("code")).isEqualTo("BODY_MALFORMED");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.text("code")).isEqualTo("FUNCTIONAL_CODE_MALFORMED");
        assertThat(tooPrecise.text("code")).isEqualTo("AMOUNT_TOO_PRECISE");
        assertThat(badDate.text("code")).isEqualTo("DATE_MALFORMED");
        assertThat(otherYear.text("code")).isEqualTo("DATE_OUTSIDE_YEAR");
        assertThat(noSuchLine.status()).isEqualTo(422);
        assertThat(noSuchLine.text("code")).isEqualTo("LINE_NOT_FOUND");
        assertThat(negative.text("code")).isEqualTo("AMOUNT_NOT_POSITIVE");
        assertThat(unopened.status()).isEqualTo(404);
        assertThat(badFundSource.text("code")).isEqualTo("FUND_SOURCE_UNKNOWN");
        for (Api.Response response : List.of(badJson, badCode, tooPrecise, badDate, otherYear, noSuchLine, negative, unopened, badFundSource)) {
            assertThat(response.text("message")).as(response.body().toString()).isNotBlank();
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void only_signed_in_accountants_write_and_managers_read() {
        LedgerDriver books = openWithApproval("503112");

        Api.Response managerWrites = books.as(app.as("manager")).pay(OFFICE.payment("V1", "2025-03-10", "1.00"));
        Api.Response anonymous = new Api("http://localhost:" + app.port(), null, null).get(books.path());
        Api.Response managerReads = app.as("manager").get(books.path());

        assertThat(managerWrites.status()).isEqualTo(403);
        assertThat(managerWrites.text("code")).isEqualTo("FORBIDDEN");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(managerReads.status()).isEqualTo(200);
    }

    // ---- step 8: stop and start again

    @Test
    void after_a_restart_everything_is_still_there_and_the_rules_still_hold() {
        try (LedgerApp own = LedgerApp.start()) {
            LedgerDriver before = openWithApproval(own.books("503120"));
            for (int i = 1; i <= 12; i++) {
                before.pay(OFFICE.payment("V" + i, "2025-%02d-15".formatted(i), "1000.00"));
            }
            JsonNode figuresBefore = before.budget("2025-12-31").path("totals");

            own.restart();
            LedgerDriver after = own.books("503120");

            assertThat(after.budget("2025-12-31").path("totals")).isEqualTo(figuresBefore);
            assertThat(own.bean(JdbcTemplate.class).queryForObject("select count(*) from snapshotevententry", Long.class))
                    .as("the aggregate was snapshotted, so the restart loaded it from a snapshot").isPositive();
            assertThat(after.pay(OFFICE.payment("V12", "2025-12-15", "1000.00")).status())
                    .as("a resent voucher is still recognised").isEqualTo(200);
            assertThat(after.pay(OFFICE.payment("V13", "2025-12-20", "38000.01")).status())
                    .as("the balance still guards payments").isEqualTo(422);
            assertThat(after.pay(OFFICE.payment("V13", "2025-12-20", "38000.00")).status()).isEqualTo(201);
            assertThat(after.budget("2025-12-31").path("totals"))
                    .isEqualTo(figures("1250700.00", "1250700.00", "50000.00", "1200700.00"));
        }
    }

    // ---- helpers: the documents a finance user would send

    static LedgerDriver openWithApproval(String unit) {
        return openWithApproval(app.books(unit));
    }

    static LedgerDriver openWithApproval(LedgerDriver books) {
        expect(books.open("测试单位" + books.unit(), "503"), 201);
        expect(books.allocate(approval("武财预〔2025〕1号")), 201);
        return books;
    }

    static AllocationRequest approval(String document) {
        return new AllocationRequest(document, LocalDate.parse("2025-01-01"), List.of(
                SYSTEMS.approved("日常系统运行经费", "特定目标类", "1200700.00"),
                OFFICE.approved("日常公用经费", "公用经费", "50000.00")));
    }

    /** A line's figures where nothing is frozen or awaiting review. */
    static JsonNode figures(String original, String adjusted, String executed, String available) {
        return JsonNodeFactory.instance.objectNode().put("original", original).put("adjusted", adjusted)
                .put("executed", executed).put("frozen", "0.00").put("awaitingReview", "0.00")
                .put("available", available);
    }

    static JsonNode line(JsonNode budget, String economicCode) {
        for (JsonNode line : budget.path("lines")) {
            if (line.path("economicCode").asText().equals(economicCode)) {
                return line;
            }
        }
        throw new AssertionError("no line with economic code " + economicCode + " in " + budget);
    }

    static JsonNode project(JsonNode budget, String code) {
        for (JsonNode project : budget.path("projects")) {
            if (project.path("code").asText().equals(code)) {
                return project;
            }
        }
        throw new AssertionError("no project " + code + " in " + budget);
    }

    static long eventCount() {
        return app.bean(JdbcTemplate.class).queryForObject("select count(*) from domainevententry", Long.class);
    }
}
