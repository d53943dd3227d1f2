package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department's (主管部门) public tables and indicators summed over its units, and year on year. Department 715
 * holds 715001 and 715002 (2025 only); department 718 holds 718001, opened for 2024 and 2025. Every figure below is
 * computed by hand from the amounts in the test (万元, half-up from the exact sum in fen).
 */
class DepartmentRollUpTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    /** 人员类 lines of 10,045.00 in each unit: 1.0045 万元 prints 1.00 per unit, their sum 2.009 prints 2.01 (尾差). */
    static final Line SALARY_1 = Line.of("2080150", "30101", "P715001-RY");
    static final Line OFFICE_1 = Line.of("2080150", "30201", "P715001-GY");
    static final Line RECEPTION_1 = Line.of("2080199", "30217", "P715001-XM");
    static final Line SALARY_2 = Line.of("2080150", "30101", "P715002-RY");
    static final Line SYSTEM_2 = Line.of("2130101", "30201", "P715002-XM");

    static final Line SALARY = Line.of("2080150", "30101", "P718001-RY");
    static final Line RECEPTION = Line.of("2080150", "30217", "P718001-GY");
    static final Line OLD_PROJECT = Line.of("2080199", "30201", "P718001-OLD");
    static final Line NEW_PROJECT = Line.of("2130101", "30201", "P718001-NEW");

    static Api manager;

    @BeforeAll
    static void twoDepartments() {
        manager = app.as("manager");
        // given department 715: two units of 2025
        LedgerDriver first = app.books("715001");
        expect(first.open("部门汇总一中心", "715"), 201);
        expect(first.allocate("批复-715001", SALARY_1.approved("人员经费", "人员类", "10045.00"),
                OFFICE_1.approved("日常公用经费", "公用经费", "5000.00"),
                RECEPTION_1.approved("信息化运维", "特定目标类", "20000.00")), 201);
        expect(first.pay(SALARY_1.payment("V1", "2025-03-01", "5000.00")), 201);
        expect(first.pay(RECEPTION_1.payment("V2", "2025-03-01", "4000.00")), 201);
        LedgerDriver second = app.books("715002");
        expect(second.open("部门汇总二中心", "715"), 201);
        expect(second.allocate("批复-715002", SALARY_2.approved("人员经费", "人员类", "10045.00"),
                SYSTEM_2.approved("系统运行", "其他运转类", "30000.00")), 201);
        expect(second.pay(SALARY_2.payment("V1", "2025-03-01", "2500.00")), 201);

        // and department 718: one unit with 2024 and 2025
        LedgerDriver y2024 = new LedgerDriver(app.accountant(), "718001", 2024);
        expect(y2024.open("同比测试中心", "718"), 201);
        expect(y2024.allocate("批复-2024", SALARY.approved("人员经费", "人员类", "100000.00"),
                RECEPTION.approved("日常公用经费", "公用经费", "3044.00"),
                OLD_PROJECT.approved("旧项目", "特定目标类", "12345.67")), 201);
        expect(y2024.pay(SALARY.payment("V1", "2024-03-01", "40000.00")), 201);
        expect(y2024.pay(SALARY.payment("V2", "2024-09-01", "10000.00")), 201);
        LedgerDriver y2025 = app.books("718001");
        expect(y2025.open("同比测试中心", "718"), 201);
        expect(y2025.allocate("批复-2025", SALARY.approved("人员经费", "人员类", "120000.50"),
                RECEPTION.approved("日常公用经费", "公用经费", "2050.00"),
                NEW_PROJECT.approved("新项目", "其他运转类", "50000.00")), 201);
        expect(y2025.pay(SALARY.payment("V1", "2025-05-01", "45000.00")), 201);
        app.awaitReadModels();
    }

    @Nested
    class TheDepartmentSumsItsUnits {

        @Test
        void every_cell_is_rounded_from_its_own_exact_sum_with_the_tail_difference_as_published() {
            // when the department's tables are asked
            JsonNode department = read(manager, "/api/departments/715/years/2025/disclosure");

            // then 2080150 sums 10,045 + 5,000 + 10,045 = 25,090.00: 2.51, where the units print 1.50 and 1.00
            Map<String, String> totals = column(department.path("expenditureByFunction"), "total");
            assertThat(totals).containsExactly(Map.entry("208", "4.51"), Map.entry("20801", "4.51"),
                    Map.entry("2080150", "2.51"), Map.entry("2080199", "2.00"), Map.entry("213", "3.00"),
                    Map.entry("21301", "3.00"), Map.entry("2130101", "3.00"), Map.entry("合计", "7.51"));
            assertThat(column(app.books("715001").disclosure("").path("expenditureByFunction"), "total"))
                    .containsEntry("2080150", "1.50");
            assertThat(column(app.books("715002").disclosure("").path("expenditureByFunction"), "total"))
                    .containsEntry("2080150", "1.00");
            JsonNode total = last(department.path("expenditureByFunction"));
            assertThat(List.of(total.path("basic").asText(), total.path("personnel").asText(),
                    total.path("public").asText(), total.path("project").asText()))
                    .containsExactly("2.51", "2.01", "0.50", "5.00");

            // and the basic table by economic subject: 30101 sums both salaries, 2.009 → 2.01
            assertThat(column(department.path("basicByEconomic"), "total")).containsExactly(
                    Map.entry("301", "2.01"), Map.entry("30101", "2.01"), Map.entry("302", "0.50"),
                    Map.entry("30201", "0.50"), Map.entry("合计", "2.51"));
            assertThat(department.path("threePublic").path("reception").asText()).isEqualTo("2.00");
            assertThat(department.path("incomeBySource").path("total").asText()).isEqualTo("7.51");
            assertThat(department.path("incomeBySource").path("一般公共预算拨款").asText()).isEqualTo("7.51");

            // and the projects name their unit
            assertThat(department.path("projects").toString()).contains(
                    "{\"code\":\"P715001-XM\",\"name\":\"信息化运维\",\"category\":\"特定目标类\",\"total\":\"2.00\",\"unit\":\"715001\"",
                    "{\"code\":\"P715002-XM\",\"name\":\"系统运行\",\"category\":\"其他运转类\",\"total\":\"3.00\",\"unit\":\"715002\"");
        }

        @Test
        void the_by_unit_table_lists_each_unit_and_no_year_on_year_without_a_previous_year() {
            // when the department's tables are asked
            JsonNode department = read(manager, "/api/departments/715/years/2025/disclosure");

            // then 分单位: 35,045.00 → 3.50 and 40,045.00 → 4.00, while the department's 合计 is 7.51 (尾差)
            assertThat(department.path("units").toString()).isEqualTo("["
                    + "{\"unit\":\"715001\",\"unitName\":\"部门汇总一中心\",\"total\":\"3.50\",\"basic\":\"1.50\",\"project\":\"2.00\",\"previous\":null,\"change\":null},"
                    + "{\"unit\":\"715002\",\"unitName\":\"部门汇总二中心\",\"total\":\"4.00\",\"basic\":\"1.00\",\"project\":\"3.00\",\"previous\":null,\"change\":null}]");
            // and neither unit has a 2024: previous and change are null
            assertThat(department.path("previousAsOf").isNull()).isTrue();
            assertThat(department.path("incomeBySourcePrevious").isNull()).isTrue();
            assertThat(department.path("expenditureByFunction").findValues("previous")).allMatch(JsonNode::isNull);
            assertThat(department.path("threePublicPrevious").isNull()).isTrue();
            assertThat(department.path("threePublicChange").isNull()).isTrue();
        }

        @Test
        void the_indicators_are_computed_from_the_summed_figures_not_averaged() {
            // when the department's indicators are asked as of the year end
            JsonNode department = read(manager, "/api/departments/715/years/2025/indicators?asOf=2025-12-31");

            // then 11,500.00 executed of 75,090.00: 15.31 % (the units' 25.68 % and 6.24 % average 15.96 %)
            assertThat(department.path("original").asText()).isEqualTo("75090.00");
            assertThat(department.path("executed").asText()).isEqualTo("11500.00");
            assertThat(department.path("available").asText()).isEqualTo("63590.00");
            assertThat(department.path("executionRate").asText()).isEqualTo("15.31");
            assertThat(department.path("accuracyDeviation").asText()).isEqualTo("84.69");
            assertThat(department.path("threePublicControlRate").asText()).isEqualTo("20.00");
            assertThat(department.path("operationGuaranteeRate").asText()).isEqualTo("100.00");
            assertThat(department.path("adjustmentCount").asInt()).isZero();
            assertThat(department.path("units").findValuesAsText("unit")).containsExactly("715001", "715002");
            assertThat(department.path("units").findValuesAsText("executionRate")).containsExactly("25.68", "6.24");
        }

        @Test
        void the_workbook_has_the_same_tables_and_a_by_unit_sheet() throws IOException {
            // when the department's workbook is downloaded
            Api.Response response = manager.get("/api/departments/715/years/2025/disclosure?format=xlsx");

            // then it holds the same figures, and the 分单位 sheet lists both units
            assertThat(response.status()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.raw()))) {
                Sheet functions = workbook.getSheet("支出功能分类");
                assertThat(functions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("主管部门 715 2025 年支出表（按功能分类科目）（年初预算，资金来源：全部）");
                assertThat(cells(functions.getRow(2))).containsExactly("科目编码", "科目名称", "合计", "基本支出", "人员经费", "公用经费", "项目支出");
                assertThat(cells(functions.getRow(functions.getLastRowNum()))).containsExactly("合计", "合计", "7.51", "2.51", "2.01", "0.50", "5.00");
                Sheet byUnit = workbook.getSheet("分单位");
                assertThat(cells(byUnit.getRow(2))).containsExactly("单位代码", "单位名称", "合计", "基本支出", "项目支出");
                assertThat(cells(byUnit.getRow(3))).containsExactly("715001", "部门汇总一中心", "3.50", "1.50", "2.00");
                assertThat(cells(byUnit.getRow(4))).containsExactly("715002", "部门汇总二中心", "4.00", "1.00", "3.00");
                // and 表10 names each project's unit and splits its money by fund source, as seed 002 prints it
                Sheet projects = workbook.getSheet("表10 项目支出表");
                assertThat(cells(projects.getRow(3))).containsExactly("P715001-XM", "信息化运维", "部门汇总一中心", "2.00",
                        "2.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
                assertThat(cells(projects.getRow(4))).containsExactly("P715002-XM", "系统运行", "部门汇总二中心", "3.00",
                        "3.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
            }
        }

        @Test
        void an_unknown_department_or_year_is_not_found_and_a_malformed_code_is_refused() {
            Api accountant = app.accountant();
            Api.Response none = accountant.get("/api/departments/719/years/2025/disclosure");
            assertThat(none.status()).isEqualTo(404);
            assertThat(none.text("code")).isEqualTo("DEPARTMENT_NOT_FOUND");
            Api.Response noYear = accountant.get("/api/departments/715/years/2023/indicators");
            assertThat(noYear.status()).isEqualTo(404);
            assertThat(noYear.text("code")).isEqualTo("DEPARTMENT_NOT_FOUND");
            assertThat(accountant.get("/api/departments/71x/years/2025/disclosure").text("code"))
                    .isEqualTo("PARENT_CODE_MALFORMED");
        }
    }

    @Nested
    class WhoMayReadADepartment {

        @Test
        void a_leader_reads_the_departments_in_scope_and_nobody_else_reads_beyond_theirs() {
            // given a leader of 718, an accountant of 715001 only and one of both 715 units
            Api admin = app.as("admin");
            for (String[] user : new String[][] {{"dept18-lead718", "领导", "[\"718\"]"},
                    {"dept18-acc715001", "会计", "[\"715001\"]"}, {"dept18-acc715", "会计", "[\"715001\",\"715002\"]"}}) {
                Api.Response created = admin.post("/api/admin/users", """
                        {"username":"%s","displayName":"%s","password":"password-1","role":"%s","scope":%s}"""
                        .formatted(user[0], user[0], user[1], user[2]));
                assertThat(created.status()).as(created.body().toString()).isIn(201, 409);
            }
            Api leader = new Api(app.baseUrl(), "dept18-lead718", "password-1");
            Api oneUnit = new Api(app.baseUrl(), "dept18-acc715001", "password-1");
            Api bothUnits = new Api(app.baseUrl(), "dept18-acc715", "password-1");

            for (String endpoint : List.of("/disclosure", "/disclosure?format=xlsx", "/indicators")) {
                // then the leader reads 718 and is refused 715
                assertThat(leader.get("/api/departments/718/years/2025" + endpoint).status()).isEqualTo(200);
                assertForbidden(leader.get("/api/departments/715/years/2025" + endpoint));
                // and an accountant reads a department only where they read every one of its units
                assertForbidden(oneUnit.get("/api/departments/715/years/2025" + endpoint));
                assertThat(bothUnits.get("/api/departments/715/years/2025" + endpoint).status()).isEqualTo(200);
                assertForbidden(bothUnits.get("/api/departments/718/years/2025" + endpoint));
                // and the administrator sees no ledger figures
                assertForbidden(admin.get("/api/departments/715/years/2025" + endpoint));
            }
            // and a leader out of scope learns nothing of whether a department exists
            assertForbidden(leader.get("/api/departments/719/years/2025/disclosure"));
        }

        private static void assertForbidden(Api.Response response) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.text("code")).isEqualTo("FORBIDDEN");
        }
    }

    @Nested
    class YearOnYear {

        @Test
        void every_row_carries_last_years_figure_and_the_change_from_the_exact_sums() {
            // when 718001's 2025 tables are asked
            JsonNode tables = app.books("718001").disclosure("");

            // then each row's total is beside 2024's; 2080150: 122,050.50 against 103,044.00, a change of 19,006.50 → 1.90
            // (not 12.21 − 10.30); 2080199 was only in 2024 and is listed at 0.00; 213 only in 2025
            assertThat(tables.path("previousAsOf").asText()).isEqualTo("2024-12-31");
            assertThat(yearOnYear(tables.path("expenditureByFunction"))).containsExactly(
                    Map.entry("208", "12.21 11.54 0.67"), Map.entry("20801", "12.21 11.54 0.67"),
                    Map.entry("2080150", "12.21 10.30 1.90"), Map.entry("2080199", "0.00 1.23 -1.23"),
                    Map.entry("213", "5.00 0.00 5.00"), Map.entry("21301", "5.00 0.00 5.00"),
                    Map.entry("2130101", "5.00 0.00 5.00"), Map.entry("合计", "17.21 11.54 5.67"));
            // and 30217: 2,050.00 (0.21) against 3,044.00 (0.30) changes by −994.00: −0.10, not −0.09
            assertThat(yearOnYear(tables.path("basicByEconomic"))).containsExactly(
                    Map.entry("301", "12.00 10.00 2.00"), Map.entry("30101", "12.00 10.00 2.00"),
                    Map.entry("302", "0.21 0.30 -0.10"), Map.entry("30217", "0.21 0.30 -0.10"),
                    Map.entry("合计", "12.21 10.30 1.90"));
            // and the "三公" table keeps its shape, last year's table and the change of each cell beside it
            assertThat(tables.path("threePublic").toString()).isEqualTo("{\"total\":\"0.21\",\"abroad\":\"0.00\","
                    + "\"vehicleTotal\":\"0.00\",\"vehiclePurchase\":\"0.00\",\"vehicleOperation\":\"0.00\",\"reception\":\"0.21\"}");
            assertThat(tables.path("threePublicPrevious").path("reception").asText()).isEqualTo("0.30");
            assertThat(tables.path("threePublicChange").path("reception").asText()).isEqualTo("-0.10");
            assertThat(tables.path("threePublicChange").path("total").asText()).isEqualTo("-0.10");
            assertThat(yearOnYear(tables.path("projects"))).containsExactly(
                    Map.entry("P718001-NEW", "5.00 0.00 5.00"), Map.entry("P718001-OLD", "0.00 1.23 -1.23"));
            assertThat(tables.path("incomeBySourcePrevious").path("total").asText()).isEqualTo("11.54");
            assertThat(tables.path("incomeBySourceChange").path("total").asText()).isEqualTo("5.67");
            assertThat(tables.path("incomeBySourceChange").path("一般公共预算拨款").asText()).isEqualTo("5.67");
        }

        @Test
        void the_previous_year_stands_as_of_the_same_day_a_year_earlier_on_the_same_basis() {
            // when 2025's executed figures are asked as of 30 June
            JsonNode tables = app.books("718001").disclosure("basis=executed&asOf=2025-06-30");

            // then 2025's 45,000.00 is beside 2024's 40,000.00 paid by 30 June 2024 (not its 50,000.00 of the year)
            assertThat(tables.path("previousAsOf").asText()).isEqualTo("2024-06-30");
            assertThat(yearOnYear(tables.path("basicByEconomic"))).containsEntry("30101", "4.50 4.00 0.50");
        }

        @Test
        void the_first_year_has_no_previous_and_the_department_compares_its_units() {
            // when 2024, the unit's first year in the ledger, is asked
            JsonNode first = new LedgerDriver(app.accountant(), "718001", 2024).disclosure("");

            // then previous and change are null
            assertThat(last(first.path("expenditureByFunction")).path("previous").isNull()).isTrue();
            assertThat(last(first.path("expenditureByFunction")).path("change").isNull()).isTrue();

            // and department 718's 分单位 row compares 718001 with its 2024
            JsonNode department = read(manager, "/api/departments/718/years/2025/disclosure");
            assertThat(department.path("units").get(0).toString()).isEqualTo("{\"unit\":\"718001\",\"unitName\":\"同比测试中心\","
                    + "\"total\":\"17.21\",\"basic\":\"12.21\",\"project\":\"5.00\",\"previous\":\"11.54\",\"change\":\"5.67\"}");
        }

        @Test
        void the_workbook_adds_the_previous_year_and_change_columns() throws IOException {
            // when 718001's 2025 workbook is downloaded
            byte[] downloaded = app.books("718001").disclosureWorkbook("");

            // then each table ends with 上年 and 增减
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded))) {
                Sheet functions = workbook.getSheet("支出功能分类");
                assertThat(cells(functions.getRow(2))).containsExactly("科目编码", "科目名称", "合计", "基本支出", "人员经费",
                        "公用经费", "项目支出", "上年", "增减");
                assertThat(cells(functions.getRow(functions.getLastRowNum())))
                        .containsExactly("合计", "合计", "17.21", "12.21", "12.00", "0.21", "5.00", "11.54", "5.67");
                assertThat(cells(workbook.getSheet("表7 三公经费").getRow(3)))
                        .containsExactly("0.21", "0.00", "0.00", "0.00", "0.00", "0.21", "0.30", "-0.10");
                assertThat(cells(workbook.getSheet("表10 项目支出表").getRow(4))).containsExactly("P718001-OLD", "旧项目",
                        "同比测试中心", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1.23", "-1.23");
            }
        }
    }

    private static JsonNode read(Api api, String path) {
        return expect(api.get(path), 200).body();
    }

    private static JsonNode last(JsonNode rows) {
        return rows.get(rows.size() - 1);
    }

    private static Map<String, String> column(JsonNode rows, String field) {
        Map<String, String> column = new LinkedHashMap<>();
        rows.forEach(row -> column.put(row.path("code").asText(), row.path(field).asText()));
        return column;
    }

    /** code → "total previous change". */
    private static Map<String, String> yearOnYear(JsonNode rows) {
        Map<String, String> column = new LinkedHashMap<>();
        rows.forEach(row -> column.put(row.path("code").asText(), row.path("total").asText() + " "
                + row.path("previous").asText() + " " + row.path("change").asText()));
        return column;
    }

    /** A row as shown: text as is, amounts with two decimals. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(switch (cell.getCellType()) {
            case NUMERIC -> String.format(java.util.Locale.ROOT, "%.2f", cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return cells;
    }
}
