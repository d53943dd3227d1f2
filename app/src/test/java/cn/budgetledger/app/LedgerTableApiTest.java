package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.CloseYearRequest;
import cn.budgetledger.command.web.OpenYearRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger table (issue 17) and a line's history over HTTP: names beside codes, 小计 and 合计 exact, sorted, in 元
 * or 万元, exported as shown; each history row with the 可用余额 after it, refusals apart, the carry-forward in both
 * years.
 */
class LedgerTableApiTest {

    static final Line SUPPLIES = Line.of("2080150", "30201", "P712A");
    static final Line TRAVEL = Line.of("2080150", "30211", "P712A");
    static final Line EQUIPMENT = Line.of("2080199", "31002", "P712B");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static LedgerDriver books;

    @BeforeAll
    static void twoProjectsWithAPayment() {
        books = new LedgerDriver(app.accountant(), "712001");
        expect(books.open("台账测试单位712001", "712"), 201);
        expect(books.allocate("批复-1", SUPPLIES.approved("日常公用经费", "公用经费", "123456.78"),
                TRAVEL.approved("日常公用经费", "公用经费", "200000.55"),
                EQUIPMENT.approved("信息化建设", "特定目标类", "1500000.10")), 201);
        expect(books.pay(SUPPLIES.payment("V-0001", "2025-03-01", "23456.79")), 201);
        app.awaitReadModels();
    }

    @Test
    void the_table_names_the_subjects_and_sums_each_project_and_the_whole_exactly() {
        // when the table is asked for as it first shows
        JsonNode table = books.ledgerTable("asOf=2025-12-31");

        // then each project's lines come with their subject names, then the project's 小计; the 合计 last
        assertThat(rows(table, "kind", "projectCode", "economicCode", "economicName", "adjusted", "executed",
                "available", "executionRate")).containsExactly(
                "指标 P712A 30201 办公费 123456.78 23456.79 99999.99 19.00",
                "指标 P712A 30211 差旅费 200000.55 0.00 200000.55 0.00",
                "小计 P712A   323457.33 23456.79 300000.54 7.25",
                "指标 P712B 31002 办公设备购置 1500000.10 0.00 1500000.10 0.00",
                "小计 P712B   1500000.10 0.00 1500000.10 0.00",
                "合计    1823457.43 23456.79 1800000.64 1.29");
        assertThat(table.path("rows").get(0).path("functionalName").asText()).isEqualTo("事业运行");
        assertThat(table.path("unit").asText()).isEqualTo("元");
        // and the lines of the ledger carry the names too
        assertThat(books.lines().get(0).path("economicName").asText()).isEqualTo("办公费");
    }

    @Test
    void sorted_by_a_figure_the_projects_follow_their_subtotals_and_the_lines_stay_under_their_project() {
        JsonNode byAvailable = books.ledgerTable("asOf=2025-12-31&sort=available&order=desc");
        JsonNode byEconomic = books.ledgerTable("asOf=2025-12-31&sort=economic&order=desc");

        assertThat(rows(byAvailable, "kind", "projectCode", "economicCode")).containsExactly(
                "指标 P712B 31002", "小计 P712B ", "指标 P712A 30211", "指标 P712A 30201", "小计 P712A ", "合计  ");
        assertThat(rows(byEconomic, "kind", "projectCode", "economicCode")).containsExactly(
                "指标 P712A 30211", "指标 P712A 30201", "小计 P712A ", "指标 P712B 31002", "小计 P712B ", "合计  ");
    }

    @Test
    void in_wan_yuan_every_cell_is_rounded_from_its_own_exact_amount_and_filters_choose_the_lines() {
        JsonNode wan = books.ledgerTable("asOf=2025-12-31&scale=wan");
        JsonNode office = books.ledgerTable("asOf=2025-12-31&subject=" + Api.query("办公"));

        assertThat(wan.path("unit").asText()).isEqualTo("万元");
        assertThat(rows(wan, "kind", "original", "executed", "available")).containsExactly(
                "指标 12.35 2.35 10.00", "指标 20.00 0.00 20.00", "小计 32.35 2.35 30.00",
                "指标 150.00 0.00 150.00", "小计 150.00 0.00 150.00", "合计 182.35 2.35 180.00");
        assertThat(rows(office, "kind", "economicCode", "adjusted")).containsExactly(
                "指标 30201 123456.78", "小计  123456.78", "指标 31002 1500000.10", "小计  1500000.10",
                "合计  1623456.88");
    }

    @Test
    void the_exports_hold_the_table_as_shown_in_its_order_and_unit() throws IOException {
        // when the table sorted by 可用余额 in 万元 is exported
        String shown = "asOf=2025-12-31&sort=available&order=desc&scale=wan";
        byte[] csv = books.ledgerTableExport(shown + "&format=csv");
        byte[] xlsx = books.ledgerTableExport(shown + "&format=xlsx");

        // then the CSV (UTF-8 with a BOM, for Excel) has its rows in the same order, 小计 and 合计 included
        assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "行,项目编码,项目名称,功能科目编码,功能科目名称,经济科目编码,经济科目名称,资金来源,指标来源,年初预算数（万元）,"
                        + "调整后预算数（万元）,执行数（万元）,冻结数（万元）,待审核（万元）,可用余额（万元）,执行率（%）",
                "指标,P712B,信息化建设,2080199,其他人力资源和社会保障管理事务支出,31002,办公设备购置,一般公共预算拨款,本年,"
                        + "150.00,150.00,0.00,0.00,0.00,150.00,0.00",
                "小计,P712B,信息化建设,,,,,,,150.00,150.00,0.00,0.00,0.00,150.00,0.00",
                "指标,P712A,日常公用经费,2080150,事业运行,30211,差旅费,一般公共预算拨款,本年,20.00,20.00,0.00,0.00,0.00,20.00,0.00",
                "指标,P712A,日常公用经费,2080150,事业运行,30201,办公费,一般公共预算拨款,本年,12.35,12.35,2.35,0.00,0.00,10.00,19.00",
                "小计,P712A,日常公用经费,,,,,,,32.35,32.35,2.35,0.00,0.00,30.00,7.25",
                "合计,,,,,,,,,182.35,182.35,2.35,0.00,0.00,180.00,1.29");
        // and the workbook says its date and unit in its title, with the same rows, amounts as numbers
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("预算指标表-712001-2025-截至2025-12-31（万元）");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(182.35);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 6);
        }
    }

    @Test
    void an_unknown_sort_or_unit_is_refused_in_chinese() {
        Api.Response sort = books.api().get(books.path() + "/lines/table?sort=colour");
        Api.Response scale = books.api().get(books.path() + "/lines/table?scale=" + Api.query("千元"));

        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.text("code")).isEqualTo("SORT_UNKNOWN");
        assertThat(sort.text("message")).contains("未知的排序列");
        assertThat(scale.status()).isEqualTo(400);
        assertThat(scale.text("code")).isEqualTo("SCALE_UNKNOWN");
    }

    @Test
    void a_lines_history_shows_the_balance_after_each_event_refusals_apart_and_the_carry_forward_in_both_years() {
        // given a project line of 10,000.00: paid, a payment refused, frozen, released in part, the payment reversed,
        // the rest released
        LedgerDriver year = new LedgerDriver(app.accountant(), "712002");
        Line systems = Line.of("2080199", "31002", "P712C");
        expect(year.open("台账测试单位712002", "712"), 201);
        expect(year.allocate("批复-1", systems.approved("信息化建设", "特定目标类", "10000.00")), 201);
        expect(year.pay(systems.payment("V1", "2025-03-01", "1000.00")), 201);
        expect(year.pay(systems.payment("V2", "2025-03-02", "50000.00")), 422);
        expect(year.freeze(systems.freeze("DJ-1", "2025-03-03", "2000.00", "合同", "服务合同")), 201);
        expect(year.release("DJ-1", "2025-03-04", "500.00"), 201);
        expect(year.reverse("R1", "V1", "2025-03-05"), 201);
        expect(year.release("DJ-1", "2025-03-06", null), 201);

        // when the year closes, carrying the balance to 2026
        expect(year.close(new CloseYearRequest(null)), 201);
        app.awaitReadModels();

        // then each row says how it moved the 可用余额 and what is left after it; the refusal moves nothing
        String lineId = year.lines().get(0).path("lineId").asText();
        assertThat(events(year.history(lineId), "kind", "change", "refused", "balance")).containsExactly(
                "年初预算 10000.00  10000.00", "支付 -1000.00  9000.00", "拒付 0.00 50000.00 9000.00",
                "冻结 -2000.00  7000.00", "解冻 500.00  7500.00", "冲销 1000.00  8500.00", "解冻 1500.00  10000.00",
                "结转到下年 -10000.00  0.00");
        // and the next year's carried line starts with what came over
        LedgerDriver next = new LedgerDriver(app.accountant(), "712002", 2026);
        String carried = next.lines().get(0).path("lineId").asText();
        assertThat(events(next.history(carried), "kind", "amount", "balance")).first()
                .isEqualTo("上年结转 10000.00 10000.00");
    }

    @Test
    void an_approved_entry_gives_its_reservation_back_in_its_own_row_before_its_payment_takes_it() {
        // given a year under review, a clerk and a reviewer
        Api admin = app.as("admin");
        for (String[] user : new String[][] {{"zhidan712", "会计"}, {"shenhe712", "审核"}}) {
            expect(admin.post("/api/admin/users", """
                    {"username":"%s","displayName":"%s","password":"password-1","role":"%s","scope":["712003"]}"""
                    .formatted(user[0], user[0], user[1])), 201);
        }
        LedgerDriver year = new LedgerDriver(new Api(app.baseUrl(), "zhidan712", "password-1"), "712003");
        expect(year.open(new OpenYearRequest("台账测试单位712003", "712", true)), 201);
        expect(year.allocate("批复-1", SUPPLIES.approved("日常公用经费", "公用经费", "1000.00")), 201);

        // when an entry is made and approved
        expect(year.pay(SUPPLIES.payment("V1", "2025-03-10", "400.00")), 202);
        expect(year.as(new Api(app.baseUrl(), "shenhe712", "password-1")).approve("V1"), 201);
        app.awaitReadModels();

        // then the history reads as the figures do: reserved, given back on approval, paid
        String lineId = year.lines().get(0).path("lineId").asText();
        assertThat(events(year.history(lineId), "kind", "change", "balance")).containsExactly(
                "年初预算 1000.00 1000.00", "制单（待审核） -400.00 600.00", "审核通过 400.00 1000.00", "支付 -400.00 600.00");
    }

    private static List<String> rows(JsonNode table, String... fields) {
        return joined(table.path("rows"), fields);
    }

    private static List<String> events(JsonNode history, String... fields) {
        return joined(history.path("events"), fields);
    }

    /** Each item's fields, space-separated; a missing or null field reads empty. */
    private static List<String> joined(JsonNode items, String... fields) {
        List<String> joined = new ArrayList<>();
        for (JsonNode item : items) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = item.path(field);
                values.add(value.isNull() || value.isMissingNode() ? "" : value.asText());
            }
            joined.add(String.join(" ", values));
        }
        return joined;
    }
}
