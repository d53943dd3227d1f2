package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.CloseYearRequest;
import cn.budgetledger.command.web.PaymentRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A year closed and carried forward, then the next year's public tables by fund source: carried money keeps its
 * fund source (the 三公 table of 一般公共预算 counts it, and 财政拨款收支总表's 上年结转 splits by it), and a carried
 * line is paid naming its fund source. Every figure below is computed by hand from the amounts in the test.
 */
class CarriedMoneyKeepsItsFundSourceTest {

    static final String UNIT = "509902";
    static final String SYS = "P509902-SYS";
    static final String GY = "P509902-GY";
    /** 公务接待费 (三公) of the project, 一般公共预算拨款. */
    static final Line RECEPTION = Line.of("2080199", "30217", SYS);
    static final Line SUPPLIES = Line.of("2080199", "30201", SYS);
    static final Line RECEPTION_OWN_INCOME = RECEPTION.withFundSource("事业收入");
    static final Line FUND = Line.of("2120899", "30201", SYS).withFundSource("政府性基金预算拨款");
    static final Line OFFICE = Line.of("2080150", "30201", GY);

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void the_next_years_tables_split_carried_money_by_the_fund_source_it_kept() {
        // given a 2025 whose project lines are partly spent, and a basic line whose balance lapses
        LedgerDriver y2025 = app.books(UNIT);
        expect(y2025.open("结转测试中心", "503"), 201);
        expect(y2025.allocate("批复-2025", RECEPTION.approved("信息系统运维", "特定目标类", "100000.00"),
                SUPPLIES.approved("信息系统运维", "特定目标类", "200000.00"),
                RECEPTION_OWN_INCOME.approved("信息系统运维", "特定目标类", "50000.00"),
                FUND.approved("信息系统运维", "特定目标类", "80000.00"),
                OFFICE.approved("日常公用经费", "公用经费", "30000.00")), 201);
        expect(y2025.pay(RECEPTION.payment("V1", "2025-06-01", "40000.00")), 201);
        expect(y2025.pay(SUPPLIES.payment("V2", "2025-06-01", "50000.00")), 201);
        expect(y2025.pay(RECEPTION_OWN_INCOME.payment("V3", "2025-06-01", "10000.00")), 201);
        expect(y2025.pay(OFFICE.payment("V4", "2025-06-01", "10000.00")), 201);

        // when it is closed, its balances carried into 2026, and 2026's own budget approved
        expect(y2025.close(new CloseYearRequest(LocalDate.parse("2025-12-31"))), 201);
        LedgerDriver y2026 = new LedgerDriver(app.accountant(), UNIT, 2026);
        await().atMost(Duration.ofSeconds(30)).until(() -> y2026.api().get(y2026.path() + "?asOf=2026-01-01").status() == 200
                && y2026.budget("2026-01-01").path("lines").size() == 4);
        expect(y2026.allocate("批复-2026", RECEPTION.approved("信息系统运维", "特定目标类", "20000.00"),
                OFFICE.approved("日常公用经费", "公用经费", "30000.00")), 201);
        app.awaitReadModels();

        // then the carried lines keep subjects, project and fund source, of origin 上年结转 (the lapsed 3 is not there)
        Map<String, String> lines = new LinkedHashMap<>();
        y2026.budget("2026-01-01").path("lines").forEach(line -> lines.put(line.path("economicCode").asText() + " "
                + line.path("fundSource").asText() + " " + line.path("origin").asText(), line.path("figures").path("original").asText()));
        assertThat(lines).containsOnly(
                Map.entry("30217 一般公共预算拨款 上年结转", "60000.00"),
                Map.entry("30201 一般公共预算拨款 上年结转", "150000.00"),
                Map.entry("30217 事业收入 上年结转", "40000.00"),
                Map.entry("30201 政府性基金预算拨款 上年结转", "80000.00"),
                Map.entry("30217 一般公共预算拨款 本年", "20000.00"),
                Map.entry("30201 一般公共预算拨款 本年", "30000.00"));

        // and the 三公 table of 一般公共预算 counts the carried 60,000 with this year's 20,000: 8.00 万元
        String fiscal = "/api/units/" + UNIT + "/years/2026/disclosure?basis=original&fundSource=" + Api.query("一般公共预算拨款");
        JsonNode ofFiscal = app.as("manager").get(fiscal).body();
        assertThat(ofFiscal.path("threePublic").path("reception").asText()).isEqualTo("8.00");
        assertThat(ofFiscal.path("threePublic").path("total").asText()).isEqualTo("8.00");
        // 本年 20,000 + 30,000 = 5.00; carried 60,000 + 150,000 = 21.00; 26.00 in all
        assertThat(ofFiscal.path("incomeBySource").toString())
                .isEqualTo("{\"total\":\"26.00\",\"一般公共预算拨款\":\"5.00\",\"上年结转结余\":\"21.00\"}");
        assertThat(ofFiscal.path("carriedOverBySource").toString()).isEqualTo("{\"一般公共预算拨款\":\"21.00\"}");

        // and unfiltered, 上年结转结余 holds every carried yuan (33.00) and carriedOverBySource splits it
        JsonNode all = app.as("manager").get("/api/units/" + UNIT + "/years/2026/disclosure?basis=original").body();
        assertThat(all.path("incomeBySource").path("total").asText()).isEqualTo("38.00");
        assertThat(all.path("incomeBySource").path("一般公共预算拨款").asText()).isEqualTo("5.00");
        assertThat(all.path("incomeBySource").path("政府性基金预算拨款").asText()).isEqualTo("0.00");
        assertThat(all.path("incomeBySource").path("事业收入").asText()).isEqualTo("0.00");
        assertThat(all.path("incomeBySource").path("上年结转结余").asText()).isEqualTo("33.00");
        assertThat(all.path("carriedOverBySource").path("一般公共预算拨款").asText()).isEqualTo("21.00");
        assertThat(all.path("carriedOverBySource").path("政府性基金预算拨款").asText()).isEqualTo("8.00");
        assertThat(all.path("carriedOverBySource").path("事业收入").asText()).isEqualTo("4.00");
    }

    @Test
    void a_carried_line_is_paid_naming_its_fund_source_with_or_without_its_origin() {
        // given 2026 with a carried 一般公共预算 line of 30217 and this year's line of the same codes, and a line
        // of 30201 that is only carried
        String unit = "509903";
        LedgerDriver y2025 = app.books(unit);
        expect(y2025.open("结转支付测试中心", "503"), 201);
        expect(y2025.allocate("批复-2025", RECEPTION.approved("信息系统运维", "特定目标类", "1000.00"),
                SUPPLIES.approved("信息系统运维", "特定目标类", "2000.00")), 201);
        expect(y2025.close(new CloseYearRequest(LocalDate.parse("2025-12-31"))), 201);
        LedgerDriver y2026 = new LedgerDriver(app.accountant(), unit, 2026);
        await().atMost(Duration.ofSeconds(30)).until(() -> y2026.api().get(y2026.path() + "?asOf=2026-01-01").status() == 200
                && y2026.budget("2026-01-01").path("lines").size() == 2);
        expect(y2026.allocate("批复-2026", RECEPTION.approved("信息系统运维", "特定目标类", "500.00")), 201);

        // when each is paid naming 一般公共预算拨款, with the origin left out or named
        expect(y2026.pay(SUPPLIES.payment("P1", "2026-03-01", "100.00")), 201);
        expect(y2026.pay(RECEPTION.payment("P2", "2026-03-01", "10.00")), 201);
        expect(y2026.pay(new PaymentRequest("P3", LocalDate.parse("2026-03-01"), RECEPTION.functionalCode(),
                RECEPTION.economicCode(), SYS, Line.FISCAL, "20.00", "某酒店", "接待", "上年结转")), 201);
        Api.Response unknown = y2026.pay(new PaymentRequest("P4", LocalDate.parse("2026-03-01"),
                RECEPTION.functionalCode(), RECEPTION.economicCode(), SYS, Line.FISCAL, "1.00", "某酒店", "接待", "前年"));
        app.awaitReadModels();

        // then the only line of 30201 took P1, this year's 30217 took P2 and the carried one P3; an unknown origin is a 400
        Map<String, String> executed = new LinkedHashMap<>();
        y2026.budget("2026-12-31").path("lines").forEach(line -> executed.put(line.path("economicCode").asText() + " "
                + line.path("origin").asText(), line.path("figures").path("executed").asText()));
        assertThat(executed).containsOnly(Map.entry("30201 上年结转", "100.00"), Map.entry("30217 本年", "10.00"),
                Map.entry("30217 上年结转", "20.00"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("code")).isEqualTo("ORIGIN_UNKNOWN");
    }
}
