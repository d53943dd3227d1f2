package cn.budgetledger.app;

import cn.budgetledger.app.security.FormSession;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.CloseYearRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 年终结转 end to end: dated the last day of the year or refused, and then the year-end report of what was carried
 * forward (结转, 项目支出) and what lapsed (结余, 基本支出), as JSON, as a workbook and as a page.
 */
class YearEndReportTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    static final String SYSTEMS_PROJECT = "42010022503T000000142";
    static final String OFFICE_PROJECT = "P503019GY";
    static final Line SYSTEMS = Line.of("2080199", "30213", SYSTEMS_PROJECT);
    static final Line SYSTEMS_FUND = SYSTEMS.withFundSource("政府性基金预算拨款");
    static final Line OFFICE = Line.of("2080150", "30201", OFFICE_PROJECT);
    static final Line OFFICE_PRINTING = Line.of("2080150", "30202", OFFICE_PROJECT);

    /**
     * Given: 系统运行 300000.00 (一般公共预算) of which 100000.00 paid, and 40000.00 (政府性基金) unpaid — 项目支出;
     * 公用经费 50000.00 of which 12345.67 paid, and 8000.00 all paid — 基本支出.
     */
    static LedgerDriver theYear(String unit) {
        LedgerDriver books = app.books(unit);
        expect(books.open("测试单位" + unit, "503"), 201);
        expect(books.allocate(new AllocationRequest("武财预〔2025〕1号", LocalDate.parse("2025-01-01"), List.of(
                SYSTEMS.approved("日常系统运行经费", "特定目标类", "300000.00"),
                SYSTEMS_FUND.approved("日常系统运行经费", "特定目标类", "40000.00"),
                OFFICE.approved("日常公用经费", "公用经费", "50000.00"),
                OFFICE_PRINTING.approved("日常公用经费", "公用经费", "8000.00")))), 201);
        expect(books.pay(SYSTEMS.payment("V1", "2025-05-10", "100000.00")), 201);
        expect(books.pay(OFFICE.payment("V2", "2025-06-10", "12345.67")), 201);
        expect(books.pay(OFFICE_PRINTING.payment("V3", "2025-12-30", "8000.00")), 201);
        return books;
    }

    @Test
    void a_closing_dated_before_the_year_end_is_refused_and_records_nothing() {
        LedgerDriver books = theYear("503160");
        long events = eventCount();

        Api.Response early = books.close(new CloseYearRequest(LocalDate.parse("2025-06-30")));

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.text("code")).isEqualTo("CLOSING_DATE_NOT_YEAR_END");
        assertThat(early.text("message")).contains("2025-12-31").contains("2025-06-30");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(books.budget("2025-12-31").path("closedOn").isNull()).isTrue();
        assertThat(books.api().get("/api/units/503160/years/2026").status()).isEqualTo(404);
        Api.Response report = books.api().get(books.path() + "/year-end");
        assertThat(report.status()).isEqualTo(409);
        assertThat(report.text("code")).isEqualTo("YEAR_NOT_CLOSED");
        assertThat(report.text("message")).isNotBlank();
        assertThat(books.api().get("/api/units/503169/years/2025/year-end").text("code")).isEqualTo("BUDGET_YEAR_NOT_FOUND");
    }

    @Test
    void a_closed_year_reports_its_carried_and_lapsed_balances_by_fund_source_project_and_line() {
        LedgerDriver books = theYear("503161");

        expect(books.close(new CloseYearRequest(LocalDate.parse("2025-12-31"))), 201);
        JsonNode report = app.as("manager").get(books.path() + "/year-end").body();

        assertThat(report.path("closedOn").asText()).isEqualTo("2025-12-31");
        // 结转 200000.00 + 40000.00; 结余 50000.00 − 12345.67; the fully paid line leaves nothing
        assertThat(amounts(report)).containsExactly("240000.00", "37654.33", "277654.33");
        JsonNode fiscal = report.path("fundSources").get(0);
        assertThat(fiscal.path("fundSource").asText()).isEqualTo(Line.FISCAL);
        assertThat(amounts(fiscal)).containsExactly("200000.00", "37654.33", "237654.33");
        assertThat(fiscal.path("projects")).hasSize(2);
        // projects by code: 42010022503T000000142 before P503019GY
        JsonNode office = fiscal.path("projects").get(1);
        assertThat(office.path("projectCode").asText()).isEqualTo(OFFICE_PROJECT);
        assertThat(amounts(office)).containsExactly("0.00", "37654.33", "37654.33");
        assertThat(office.path("lines")).hasSize(1);
        JsonNode lapsed = office.path("lines").get(0);
        assertThat(List.of(lapsed.path("economicCode").asText(), lapsed.path("outcome").asText(),
                lapsed.path("amount").asText())).containsExactly("30201", "结余", "37654.33");
        JsonNode systems = fiscal.path("projects").get(0);
        assertThat(amounts(systems)).containsExactly("200000.00", "0.00", "200000.00");
        assertThat(systems.path("lines").get(0).path("outcome").asText()).isEqualTo("结转");
        JsonNode fund = report.path("fundSources").get(1);
        assertThat(fund.path("fundSource").asText()).isEqualTo("政府性基金预算拨款");
        assertThat(amounts(fund)).containsExactly("40000.00", "0.00", "40000.00");
        // and the line's history ends with its balance lapsing on the closing date
        JsonNode history = books.api().get(books.path() + "/lines/" + lapsed.path("lineId").asText() + "/history").body();
        JsonNode last = history.path("events").get(history.path("events").size() - 1);
        assertThat(List.of(last.path("businessDate").asText(), last.path("kind").asText(), last.path("amount").asText()))
                .containsExactly("2025-12-31", "结余", "37654.33");
        // the self-evaluation is as of the closing date
        assertThat(books.api().get(books.path() + "/evaluation").body().path("asOf").asText()).isEqualTo("2025-12-31");
        // closing again on the year end changes nothing
        assertThat(books.close(new CloseYearRequest(LocalDate.parse("2025-12-31"))).status()).isEqualTo(200);
    }

    @Test
    void the_workbook_lists_every_line_and_the_totals_and_the_page_renders() throws IOException {
        LedgerDriver books = theYear("503162");
        expect(books.close(new CloseYearRequest(null)), 201);

        Api.Response xlsx = books.api().get(books.path() + "/year-end?format=xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("测试单位503162 2025 年度结转和结余情况表");
            List<String> rows = new ArrayList<>();
            for (int index = 3; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                        + row.getCell(4).getStringCellValue() + "|" + row.getCell(5).getNumericCellValue() + "|"
                        + row.getCell(6).getNumericCellValue() + "|" + row.getCell(7).getNumericCellValue());
            }
            assertThat(rows).containsExactly(
                    "一般公共预算拨款|日常系统运行经费|30213|200000.0|0.0|200000.0",
                    "一般公共预算拨款|日常系统运行经费 小计||200000.0|0.0|200000.0",
                    "一般公共预算拨款|日常公用经费|30201|0.0|37654.33|37654.33",
                    "一般公共预算拨款|日常公用经费 小计||0.0|37654.33|37654.33",
                    "一般公共预算拨款 合计|||200000.0|37654.33|237654.33",
                    "政府性基金预算拨款|日常系统运行经费|30213|40000.0|0.0|40000.0",
                    "政府性基金预算拨款|日常系统运行经费 小计||40000.0|0.0|40000.0",
                    "政府性基金预算拨款 合计|||40000.0|0.0|40000.0",
                    "总计|||240000.0|37654.33|277654.33");
        }
        FormSession browser = FormSession.signIn(app.baseUrl(), "accountant", "accountant");
        HttpResponse<String> page = browser.page("/units/503162/years/2025/year-end");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("年度结转和结余").contains("/js/year-end.js")
                .contains("/api/units/503162/years/2025/year-end?format=xlsx");
        assertThat(browser.page("/units/503162/years/2025").body()).contains("/units/503162/years/2025/year-end");
    }

    @Test
    void the_closing_preview_shows_ahead_what_closing_then_records_and_what_stops_it() {
        // given the year, with 5000.00 of the 公用经费 still frozen for a contract
        LedgerDriver books = theYear("713009");
        expect(books.freeze(OFFICE.freeze("DJ-1", "2025-11-01", "5000.00", "合同", "印刷合同")), 201);
        long events = eventCount();

        // when the closing is previewed
        JsonNode blocked = expect(books.closingPreview(), 200).body();

        // then it names what stops closing, as closing itself would, and records nothing
        assertThat(blocked.path("blocked").path("code").asText()).isEqualTo("YEAR_HAS_OPEN_COMMITMENTS");
        assertThat(blocked.path("blocked").path("message").asText()).contains("DJ-1");
        assertThat(amounts(blocked)).containsExactly("240000.00", "32654.33", "272654.33");
        assertThat(eventCount()).isEqualTo(events);

        // when the freeze is released and the closing previewed again
        expect(books.release("DJ-1", "2025-12-01", null), 201);
        JsonNode preview = expect(books.closingPreview(), 200).body();

        // then nothing stops it: 项目支出 balances carry forward, 基本支出 balances lapse
        assertThat(preview.has("blocked")).isFalse();
        assertThat(amounts(preview)).containsExactly("240000.00", "37654.33", "277654.33");
        assertThat(preview.path("lines").size()).isEqualTo(3);

        // and the closing then records exactly what the preview showed, line by line
        expect(books.close(new CloseYearRequest(null)), 201);
        app.awaitReadModels();
        JsonNode report = expect(books.api().get(books.path() + "/year-end"), 200).body();
        assertThat(amounts(report)).isEqualTo(amounts(preview));
        List<String> recorded = new ArrayList<>();
        report.path("fundSources").forEach(source -> source.path("projects").forEach(project ->
                project.path("lines").forEach(line -> recorded.add(String.join(" ", source.path("fundSource").asText(),
                        project.path("projectCode").asText(), line.path("functionalCode").asText(),
                        line.path("economicCode").asText(), line.path("outcome").asText(), line.path("amount").asText())))));
        List<String> previewed = new ArrayList<>();
        preview.path("lines").forEach(line -> previewed.add(String.join(" ", line.path("fundSource").asText(),
                line.path("projectCode").asText(), line.path("functionalCode").asText(),
                line.path("economicCode").asText(), line.path("outcome").asText(), line.path("amount").asText())));
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(previewed);

        // and a closed year has nothing left to preview
        Api.Response closed = books.closingPreview();
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text("code")).isEqualTo("YEAR_CLOSED");
    }

    private static List<String> amounts(JsonNode balances) {
        return List.of(balances.path("carriedForward").asText(), balances.path("lapsed").asText(),
                balances.path("total").asText());
    }

    private static long eventCount() {
        return app.bean(JdbcTemplate.class).queryForObject("select count(*) from domainevententry", Long.class);
    }
}
