package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ledger core end to end, as a finance user drives it over HTTP, on a real embedded PostgreSQL.
 * Each test works in a unit of its own, so they do not depend on each other.
 */
class LedgerCoreTest {

    static final String SYSTEM_RUNNING = "42010022503T000000142";
    static final String PUBLIC_FUNDS = "P503019GY";
    static final String FISCAL = "一般公共预算拨款";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;

    @BeforeAll
    static void signIn() {
        accountant = app.accountant();
    }

    // ---- step 1: open the year and allocate its approved lines

    @Test
    void an_accountant_opens_the_year_and_allocates_the_approved_budget() {
        String year = "/api/units/503101/years/2025";

        Api.Response opened = accountant.post(year, "{\"unitName\":\"武汉市人力资源和社会保障信息中心\",\"parentCode\":\"503\"}");
        Api.Response allocated = accountant.post(year + "/allocations", approval("武财预〔2025〕1号"));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(allocated.status()).isEqualTo(201);
        JsonNode budget = accountant.get(year + "?asOf=2025-01-01").body();
        assertThat(budget.path("unitName").asText()).isEqualTo("武汉市人力资源和社会保障信息中心");
        assertThat(budget.path("totals")).isEqualTo(figures("1250700.00", "1250700.00", "0.00", "1250700.00"));
        assertThat(budget.path("lines")).hasSize(2);
        assertThat(project(budget, SYSTEM_RUNNING).path("figures"))
                .isEqualTo(figures("1200700.00", "1200700.00", "0.00", "1200700.00"));
    }

    // ---- step 2: payments move every figure, and any earlier date still answers

    @Test
    void payments_move_line_project_and_unit_figures_as_of_any_date() {
        String year = openWithApproval("503102");

        assertThat(accountant.post(year + "/payments", payment("V001", "2025-03-10", SYSTEM_RUNNING, "2080199", "30213", "1,000.50")).status())
                .isEqualTo(201);
        assertThat(accountant.post(year + "/payments", payment("V002", "2025-06-01", PUBLIC_FUNDS, "2080150", "30201", "20000.00")).status())
                .isEqualTo(201);

        JsonNode march = accountant.get(year + "?asOf=2025-03-31").body();
        assertThat(march.path("totals")).isEqualTo(figures("1250700.00", "1250700.00", "1000.50", "1249699.50"));
        assertThat(line(march, "30213").path("figures")).isEqualTo(figures("1200700.00", "1200700.00", "1000.50", "1199699.50"));
        assertThat(line(march, "30201").path("figures")).isEqualTo(figures("50000.00", "50000.00", "0.00", "50000.00"));

        JsonNode december = accountant.get(year + "?asOf=2025-12-31").body();
        assertThat(december.path("totals")).isEqualTo(figures("1250700.00", "1250700.00", "21000.50", "1229699.50"));
        assertThat(project(december, PUBLIC_FUNDS).path("figures")).isEqualTo(figures("50000.00", "50000.00", "20000.00", "30000.00"));
    }

    // ---- step 3: an adjustment document moves both sides

    @Test
    void a_reallocation_moves_money_from_one_line_to_another_from_its_date_on() {
        String year = openWithApproval("503103");

        Api.Response adjusted = accountant.post(year + "/adjustments", """
                {"documentNumber":"TZ-2025-01","type":"调剂","date":"2025-04-01","reason":"办公费不足",
                 "entries":[%s,%s]}""".formatted(
                entry(SYSTEM_RUNNING, "2080199", "30213", "-20000.00"), entry(PUBLIC_FUNDS, "2080150", "30201", "20000.00")));

        assertThat(adjusted.status()).isEqualTo(201);
        JsonNode before = accountant.get(year + "?asOf=2025-03-31").body();
        JsonNode after = accountant.get(year + "?asOf=2025-04-01").body();
        assertThat(line(before, "30201").path("figures").path("adjusted").asText()).isEqualTo("50000.00");
        assertThat(line(after, "30201").path("figures")).isEqualTo(figures("50000.00", "70000.00", "0.00", "70000.00"));
        assertThat(line(after, "30213").path("figures")).isEqualTo(figures("1200700.00", "1180700.00", "0.00", "1180700.00"));
        assertThat(after.path("totals").path("adjusted").asText()).isEqualTo("1250700.00");
    }

    @Test
    void an_increase_may_open_a_new_line_and_a_decrease_removes_money() {
        String year = openWithApproval("503104");

        Api.Response increase = accountant.post(year + "/adjustments", """
                {"documentNumber":"ZJ-01","type":"追加","date":"2025-05-01","entries":[
                 {"functionalCode":"2080199","economicCode":"31002","projectCode":"%s","fundSource":"%s","amount":"8000",
                  "projectName":"日常系统运行经费","projectCategory":"特定目标类"}]}""".formatted(SYSTEM_RUNNING, FISCAL));
        Api.Response decrease = accountant.post(year + "/adjustments", """
                {"documentNumber":"ZJ-02","type":"追减","date":"2025-05-02","entries":[%s]}"""
                .formatted(entry(PUBLIC_FUNDS, "2080150", "30201", "-5000")));

        assertThat(increase.status()).isEqualTo(201);
        assertThat(decrease.status()).isEqualTo(201);
        JsonNode budget = accountant.get(year + "?asOf=2025-12-31").body();
        assertThat(line(budget, "31002").path("figures")).isEqualTo(figures("0.00", "8000.00", "0.00", "8000.00"));
        assertThat(budget.path("totals").path("adjusted").asText()).isEqualTo("1253700.00");
    }

    @Test
    void an_adjustment_that_would_overdraw_a_line_is_an_error_and_nothing_is_recorded() {
        String year = openWithApproval("503105");
        long events = eventCount();

        Api.Response refused = accountant.post(year + "/adjustments", """
                {"documentNumber":"TZ-9","type":"调剂","date":"2025-04-01","entries":[%s,%s]}""".formatted(
                entry(PUBLIC_FUNDS, "2080150", "30201", "-50000.01"), entry(SYSTEM_RUNNING, "2080199", "30213", "50000.01")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("INSUFFICIENT_BUDGET");
        assertThat(refused.text("message")).contains("无预算不支出");
        assertThat(eventCount()).isEqualTo(events);
    }

    // ---- step 4: an overdrawing payment is refused, recorded, and leaves the balance alone

    @Test
    void a_payment_beyond_the_available_balance_is_refused_with_a_clear_message_and_the_refusal_recorded() {
        String year = openWithApproval("503106");

        Api.Response refused = accountant.post(year + "/payments", payment("V100", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "50000.01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("PAYMENT_REFUSED");
        assertThat(refused.text("message")).contains("拒付").contains("50000.00");
        assertThat(refused.text("available")).isEqualTo("50000.00");
        JsonNode budget = accountant.get(year + "?asOf=2025-12-31").body();
        assertThat(line(budget, "30201").path("figures")).isEqualTo(figures("50000.00", "50000.00", "0.00", "50000.00"));
        JsonNode history = accountant.get(year + "/lines/" + line(budget, "30201").path("lineId").asText() + "/history").body();
        assertThat(history.path("events").findValuesAsText("kind")).containsExactly("年初预算", "拒付");

        Api.Response retried = accountant.post(year + "/payments", payment("V100", "2025-03-11", PUBLIC_FUNDS, "2080150", "30201", "50000.00"));
        assertThat(retried.status()).as("a refused voucher is not used up").isEqualTo(201);
    }

    // ---- step 5: reversal, safe retries, conflicts

    @Test
    void a_reversal_gives_the_whole_amount_back() {
        String year = openWithApproval("503107");
        accountant.post(year + "/payments", payment("V200", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "12345.67"));

        Api.Response reversed = accountant.post(year + "/reversals",
                "{\"voucher\":\"HC-200\",\"originalVoucher\":\"V200\",\"date\":\"2025-03-20\",\"reason\":\"收款人账号错误\"}");

        assertThat(reversed.status()).isEqualTo(201);
        assertThat(line(accountant.get(year + "?asOf=2025-03-19").body(), "30201").path("figures").path("executed").asText())
                .isEqualTo("12345.67");
        assertThat(line(accountant.get(year + "?asOf=2025-03-20").body(), "30201").path("figures"))
                .isEqualTo(figures("50000.00", "50000.00", "0.00", "50000.00"));
        Api.Response again = accountant.post(year + "/reversals",
                "{\"voucher\":\"HC-201\",\"originalVoucher\":\"V200\",\"date\":\"2025-03-21\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("PAYMENT_ALREADY_REVERSED");
    }

    @Test
    void resending_a_voucher_or_a_document_changes_nothing_and_a_changed_one_is_a_conflict() {
        String year = openWithApproval("503108");
        String voucher = payment("V300", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "100.00");
        String adjustment = """
                {"documentNumber":"TZ-300","type":"追加","date":"2025-04-01","entries":[%s]}"""
                .formatted(entry(PUBLIC_FUNDS, "2080150", "30201", "900.00"));
        accountant.post(year + "/payments", voucher);
        accountant.post(year + "/adjustments", adjustment);
        long events = eventCount();

        Api.Response paymentAgain = accountant.post(year + "/payments", voucher);
        Api.Response adjustmentAgain = accountant.post(year + "/adjustments", adjustment);
        Api.Response approvalAgain = accountant.post(year + "/allocations", approval("武财预〔2025〕1号"));
        Api.Response changedPayment = accountant.post(year + "/payments",
                payment("V300", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "100.01"));
        Api.Response changedAdjustment = accountant.post(year + "/adjustments", adjustment.replace("900.00", "901.00"));

        assertThat(paymentAgain.status()).isEqualTo(200);
        assertThat(paymentAgain.text("status")).isEqualTo("UNCHANGED");
        assertThat(adjustmentAgain.status()).isEqualTo(200);
        assertThat(approvalAgain.status()).isEqualTo(200);
        assertThat(changedPayment.status()).isEqualTo(409);
        assertThat(changedPayment.text("code")).isEqualTo("DOCUMENT_NUMBER_CONFLICT");
        assertThat(changedAdjustment.status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(line(accountant.get(year + "?asOf=2025-12-31").body(), "30201").path("figures"))
                .isEqualTo(figures("50000.00", "50900.00", "100.00", "50800.00"));
    }

    // ---- step 6: the full history of a line

    @Test
    void a_line_tells_its_whole_history_with_business_dates_who_and_when() {
        String year = openWithApproval("503109");
        accountant.post(year + "/payments", payment("V400", "2025-02-03", PUBLIC_FUNDS, "2080150", "30201", "300.00"));
        accountant.post(year + "/reversals", "{\"voucher\":\"HC-400\",\"originalVoucher\":\"V400\",\"date\":\"2025-02-04\"}");
        accountant.post(year + "/payments", payment("V401", "2025-01-20", PUBLIC_FUNDS, "2080150", "30201", "50.00"));

        String lineId = line(accountant.get(year).body(), "30201").path("lineId").asText();
        JsonNode history = app.as("manager").get(year + "/lines/" + lineId + "/history").body();

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
        String year = openWithApproval("503110");
        accountant.post(year + "/payments", payment("V500", "2025-11-10", SYSTEM_RUNNING, "2080199", "30213", "200700.00"));

        Api.Response closed = accountant.post(year + "/closing", "{\"date\":\"2025-12-31\"}");
        Api.Response late = accountant.post(year + "/payments", payment("V501", "2025-12-31", PUBLIC_FUNDS, "2080150", "30201", "1.00"));

        assertThat(closed.status()).isEqualTo(201);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("YEAR_CLOSED");
        assertThat(accountant.get(year).body().path("closedOn").asText()).isEqualTo("2025-12-31");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode next = accountant.get("/api/units/503110/years/2026?asOf=2026-01-01").body();
            assertThat(next.path("lines")).hasSize(1);
            assertThat(next.path("lines").get(0).path("fundSource").asText()).isEqualTo("上年结转结余");
            assertThat(next.path("lines").get(0).path("projectCode").asText()).isEqualTo(SYSTEM_RUNNING);
            assertThat(next.path("totals").path("original").asText()).isEqualTo("1000000.00");
        });
    }

    // ---- bad input: a clear error, nothing recorded, never a 500

    @Test
    void bad_input_is_a_clear_error_and_records_nothing() {
        String year = openWithApproval("503111");
        long events = eventCount();

        Api.Response badJson = accountant.post(year + "/payments", "{\"voucher\":");
        Api.Response badCode = accountant.post(year + "/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "208015", "30201", "1.00"));
        Api.Response tooPrecise = accountant.post(year + "/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "1.001"));
        Api.Response badDate = accountant.post(year + "/payments", payment("V1", "2025-02-30", PUBLIC_FUNDS, "2080150", "30201", "1.00"));
        Api.Response otherYear = accountant.post(year + "/payments", payment("V1", "2024-12-31", PUBLIC_FUNDS, "2080150", "30201", "1.00"));
        Api.Response noSuchLine = accountant.post(year + "/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "2080150", "30202", "1.00"));
        Api.Response negative = accountant.post(year + "/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "-1.00"));
        Api.Response unopened = accountant.post("/api/units/999999/years/2025/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "1.00"));
        Api.Response badFundSource = accountant.post(year + "/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "1.00").replace(FISCAL, "财政拨款"));

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
        String year = openWithApproval("503112");

        Api.Response managerWrites = app.as("manager").post(year + "/payments", payment("V1", "2025-03-10", PUBLIC_FUNDS, "2080150", "30201", "1.00"));
        Api.Response anonymous = new Api("http://localhost:" + app.port(), null, null).get(year);
        Api.Response managerReads = app.as("manager").get(year);

        assertThat(managerWrites.status()).isEqualTo(403);
        assertThat(managerWrites.text("code")).isEqualTo("FORBIDDEN");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(managerReads.status()).isEqualTo(200);
    }

    // ---- step 8: stop and start again

    @Test
    void after_a_restart_everything_is_still_there_and_the_rules_still_hold() {
        try (LedgerApp own = LedgerApp.start()) {
            Api before = own.accountant();
            String year = openWithApproval(before, "503120");
            for (int i = 1; i <= 12; i++) {
                before.post(year + "/payments", payment("V" + i, "2025-%02d-15".formatted(i), PUBLIC_FUNDS, "2080150", "30201", "1000.00"));
            }
            JsonNode figuresBefore = before.get(year + "?asOf=2025-12-31").body().path("totals");

            own.restart();
            Api after = own.accountant();

            assertThat(after.get(year + "?asOf=2025-12-31").body().path("totals")).isEqualTo(figuresBefore);
            assertThat(own.bean(JdbcTemplate.class).queryForObject("select count(*) from snapshotevententry", Long.class))
                    .as("the aggregate was snapshotted, so the restart loaded it from a snapshot").isPositive();
            assertThat(after.post(year + "/payments", payment("V12", "2025-12-15", PUBLIC_FUNDS, "2080150", "30201", "1000.00")).status())
                    .as("a resent voucher is still recognised").isEqualTo(200);
            assertThat(after.post(year + "/payments", payment("V13", "2025-12-20", PUBLIC_FUNDS, "2080150", "30201", "38000.01")).status())
                    .as("the balance still guards payments").isEqualTo(422);
            assertThat(after.post(year + "/payments", payment("V13", "2025-12-20", PUBLIC_FUNDS, "2080150", "30201", "38000.00")).status())
                    .isEqualTo(201);
            assertThat(after.get(year + "?asOf=2025-12-31").body().path("totals"))
                    .isEqualTo(figures("1250700.00", "1250700.00", "50000.00", "1200700.00"));
        }
    }

    // ---- helpers: the documents a finance user would send

    static String openWithApproval(String unit) {
        return openWithApproval(accountant, unit);
    }

    static String openWithApproval(Api accountant, String unit) {
        String year = "/api/units/" + unit + "/years/2025";
        assertThat(accountant.post(year, "{\"unitName\":\"测试单位" + unit + "\",\"parentCode\":\"503\"}").status()).isEqualTo(201);
        assertThat(accountant.post(year + "/allocations", approval("武财预〔2025〕1号")).status()).isEqualTo(201);
        return year;
    }

    static String approval(String document) {
        return """
                {"approvalDocument":"%s","date":"2025-01-01","lines":[
                 {"functionalCode":"2080199","economicCode":"30213","projectCode":"%s","projectName":"日常系统运行经费",
                  "projectCategory":"特定目标类","fundSource":"%s","amount":"1200700.00"},
                 {"functionalCode":"2080150","economicCode":"30201","projectCode":"%s","projectName":"日常公用经费",
                  "projectCategory":"公用经费","fundSource":"%s","amount":"50000.00"}]}"""
                .formatted(document, SYSTEM_RUNNING, FISCAL, PUBLIC_FUNDS, FISCAL);
    }

    static String payment(String voucher, String date, String project, String functional, String economic, String amount) {
        return """
                {"voucher":"%s","date":"%s","functionalCode":"%s","economicCode":"%s","projectCode":"%s",
                 "fundSource":"%s","amount":"%s","payee":"某科技有限公司","summary":"系统运维费"}"""
                .formatted(voucher, date, functional, economic, project, FISCAL, amount);
    }

    static String entry(String project, String functional, String economic, String amount) {
        return """
                {"functionalCode":"%s","economicCode":"%s","projectCode":"%s","fundSource":"%s","amount":"%s"}"""
                .formatted(functional, economic, project, FISCAL, amount);
    }

    static JsonNode figures(String original, String adjusted, String executed, String available) {
        return Api.json("""
                {"original":"%s","adjusted":"%s","executed":"%s","available":"%s"}"""
                .formatted(original, adjusted, executed, available));
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
