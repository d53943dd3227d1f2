package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complete set of 部门预算公开表 (收支总表 … 绩效目标表), for a department of two units and for a unit with two years,
 * and the 决算 comparison. Department 721 holds 721001 and 721002 (2025); department 722 holds 722001 (2024 and 2025).
 * Every figure below is computed by hand from the amounts in the test (万元, half-up from the exact sum in fen).
 */
class CompleteDisclosureTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    static final Line SALARY_1 = Line.of("2080150", "30101", "P721001-RY");
    static final Line SYSTEM_1 = Line.of("2130101", "30206", "P721001-XM");
    static final Line CARRIED_1 = Line.of("2080199", "30201", "P721001-JZ");
    static final Line SALARY_2 = Line.of("2080150", "30101", "P721002-RY");
    static final Line FUND_2 = Line.of("2120801", "30213", "P721002-JJ").withFundSource("政府性基金预算拨款");
    static final Line OFFICE_2 = Line.of("2080150", "30201", "P721002-GY").withFundSource("事业收入");

    static final Line SALARY = Line.of("2080150", "30101", "P722001-RY");
    static final Line OLD_FUND = Line.of("2120801", "30213", "P722001-OLD").withFundSource("政府性基金预算拨款");
    static final Line NEW_PROJECT = Line.of("2130101", "30201", "P722001-NEW");

    static Api manager;

    @BeforeAll
    static void aDepartmentOfTwoUnitsAndAUnitOfTwoYears() {
        manager = app.as("manager");
        // given department 721: 721001 with a salary, a project and money carried from last year, all 一般公共预算拨款
        LedgerDriver first = app.books("721001");
        expect(first.open("全表一中心", "721"), 201);
        expect(first.allocate("批复-721001", SALARY_1.approved("人员经费", "人员类", "10045.00"),
                SYSTEM_1.approved("机房运行", "特定目标类", "20000.00")), 201);
        expect(first.allocate(new AllocationRequest("结转-721001", LocalDate.of(2025, 1, 1),
                List.of(CARRIED_1.carried("结转项目", "特定目标类", "5000.00")), "上年结转")), 201);
        expect(first.pay(SALARY_1.payment("V1", "2025-03-01", "5000.00")), 201);
        expect(first.pay(SYSTEM_1.payment("V2", "2025-03-01", "4000.00")), 201);
        // and 721002 with a salary, a 政府性基金 project and 公用经费 of its own 事业收入
        LedgerDriver second = app.books("721002");
        expect(second.open("全表二中心", "721"), 201);
        expect(second.allocate("批复-721002", SALARY_2.approved("人员经费", "人员类", "10045.00"),
                FUND_2.approved("基金项目", "其他运转类", "30000.00"),
                OFFICE_2.approved("日常公用经费", "公用经费", "7000.00")), 201);
        expect(second.pay(SALARY_2.payment("V1", "2025-03-01", "2500.00")), 201);

        // and 722001: 2024 a salary and a 政府性基金 project, 2025 a larger salary and a new project, with targets
        LedgerDriver y2024 = new LedgerDriver(app.accountant(), "722001", 2024);
        expect(y2024.open("全表同比中心", "722"), 201);
        expect(y2024.allocate("批复-2024", SALARY.approved("人员经费", "人员类", "100000.00"),
                OLD_FUND.approved("旧基金项目", "其他运转类", "12345.67")), 201);
        LedgerDriver y2025 = app.books("722001");
        expect(y2025.open("全表同比中心", "722"), 201);
        expect(y2025.allocate("批复-2025", SALARY.approved("人员经费", "人员类", "120000.50"),
                NEW_PROJECT.approved("新项目", "特定目标类", "50000.00")), 201);
        expect(y2025.target(new PerformanceTargetRequest(null, "产出指标", "时效指标", "预算执行率", "≥", "90", "%", "40", "正向")), 201);
        expect(y2025.target(new PerformanceTargetRequest("P722001-NEW", "产出指标", "数量指标", "科目调整次数", "≤", "2", "次", "20", "反向")), 201);
        app.awaitReadModels();
    }

    @Test
    void the_department_sums_its_units_in_every_table_each_cell_from_its_own_exact_sum() {
        // when department 721's tables are asked on the original budget
        JsonNode department = manager.get("/api/departments/721/years/2025/disclosure").body();

        // then 收支总表: 本年 4.01 + 3.00 + 0.70 and 上年结转 0.50 make 收入总计 8.21 = 支出总计, 结转下年 0
        assertThat(cells(department.path("incomeAndExpenditure").path("income"), "amount")).containsExactly(
                Map.entry("一般公共预算拨款", "4.01"), Map.entry("政府性基金预算拨款", "3.00"),
                Map.entry("国有资本经营预算拨款", "0.00"), Map.entry("财政专户管理资金", "0.00"), Map.entry("事业收入", "0.70"),
                Map.entry("事业单位经营收入", "0.00"), Map.entry("上级补助收入", "0.00"), Map.entry("附属单位上缴收入", "0.00"),
                Map.entry("其他收入", "0.00"), Map.entry("currentYear", "7.71"), Map.entry("carriedOver", "0.50"),
                Map.entry("total", "8.21"));
        Map<String, String> expenditure = cells(department.path("incomeAndExpenditure").path("expenditure"), "amount");
        assertThat(expenditure).hasSize(28 + 3).containsEntry("201", "0.00").containsEntry("208", "3.21")
                .containsEntry("212", "3.00").containsEntry("213", "2.00").containsEntry("234", "0.00")
                .containsEntry("currentYear", "8.21").containsEntry("carriedForward", "0.00").containsEntry("total", "8.21");

        // and 收入总表: 3.5045 → 3.50 and 4.7045 → 4.70 where 合计 is 8.209 → 8.21 (尾差); carried money keeps its source
        JsonNode income = department.path("incomeTable");
        assertThat(cells(income, "total")).containsExactly(Map.entry("合计", "8.21"), Map.entry("721001", "3.50"),
                Map.entry("721002", "4.70"));
        assertThat(income.get(1).path("name").asText()).isEqualTo("全表一中心");
        assertThat(income.get(1).path("currentYear").asText()).isEqualTo("3.00");
        assertThat(income.get(1).path("carriedOverBySource").path("一般公共预算拨款").asText()).isEqualTo("0.50");
        assertThat(income.get(2).path("currentYearBySource").path("政府性基金预算拨款").asText()).isEqualTo("3.00");
        assertThat(income.get(2).path("currentYearBySource").path("事业收入").asText()).isEqualTo("0.70");

        // and 支出总表, 合计 first
        assertThat(cells(department.path("expenditureTable"), "total")).containsExactly(Map.entry("合计", "8.21"),
                Map.entry("208", "3.21"), Map.entry("20801", "3.21"), Map.entry("2080150", "2.71"),
                Map.entry("2080199", "0.50"), Map.entry("212", "3.00"), Map.entry("21208", "3.00"),
                Map.entry("2120801", "3.00"), Map.entry("213", "2.00"), Map.entry("21301", "2.00"),
                Map.entry("2130101", "2.00"));

        // and 财政拨款收支总表 without the 事业收入
        assertThat(cells(department.path("fiscalAppropriation").path("income"), "amount")).containsExactly(
                Map.entry("currentYear", "7.01"), Map.entry("currentYear.一般公共预算拨款", "4.01"),
                Map.entry("currentYear.政府性基金预算拨款", "3.00"), Map.entry("currentYear.国有资本经营预算拨款", "0.00"),
                Map.entry("carriedOver", "0.50"), Map.entry("carriedOver.一般公共预算拨款", "0.50"),
                Map.entry("carriedOver.政府性基金预算拨款", "0.00"), Map.entry("carriedOver.国有资本经营预算拨款", "0.00"),
                Map.entry("total", "7.51"));
        JsonNode fiscal = department.path("fiscalAppropriation").path("expenditure");
        assertThat(List.of(fiscal.get(0).path("total").asText(), fiscal.get(0).path("generalPublicBudget").asText(),
                fiscal.get(0).path("governmentFundBudget").asText())).containsExactly("7.51", "4.51", "3.00");
        assertThat(cells(fiscal, "total")).containsEntry("208", "2.51").containsEntry("212", "3.00");

        // and 一般公共预算 by function, by unit, and its basic table listing the project's 30201 and 30206 at 0.00
        JsonNode general = department.path("generalPublicBudget").get(0);
        assertThat(List.of(general.path("total").asText(), general.path("basic").asText(), general.path("personnel").asText(),
                general.path("project").asText(), general.path("currentYear").asText(), general.path("carriedOver").asText()))
                .containsExactly("4.51", "2.01", "2.01", "2.50", "4.01", "0.50");
        assertThat(cells(department.path("generalPublicBudgetByUnit"), "total")).containsExactly(
                Map.entry("合计", "4.51"), Map.entry("721001", "3.50"), Map.entry("721002", "1.00"));
        assertThat(cells(department.path("generalPublicBudgetBasic"), "total")).containsExactly(
                Map.entry("合计", "2.01"), Map.entry("301", "2.01"), Map.entry("30101", "2.01"), Map.entry("302", "0.00"),
                Map.entry("30201", "0.00"), Map.entry("30206", "0.00"));

        // and 政府性基金 with its project, 国有资本经营 empty, the fund's "三公" zero
        assertThat(cells(department.path("governmentFunds"), "project")).containsExactly(Map.entry("合计", "3.00"),
                Map.entry("212", "3.00"), Map.entry("21208", "3.00"), Map.entry("2120801", "3.00"));
        assertThat(cells(department.path("stateCapital"), "total")).containsExactly(Map.entry("合计", "0.00"));
        assertThat(department.path("threePublicGovernmentFunds").path("total").asText()).isEqualTo("0.00");

        // and 项目支出表 with 项目单位 and the fund-source columns
        JsonNode carried = row(department.path("projects"), "P721001-JZ");
        assertThat(List.of(carried.path("unitName").asText(), carried.path("total").asText(),
                carried.path("generalPublicBudget").asText(), carried.path("carriedGeneralPublicBudget").asText()))
                .containsExactly("全表一中心", "0.50", "0.00", "0.50");
        JsonNode fund = row(department.path("projects"), "P721002-JJ");
        assertThat(List.of(fund.path("unitName").asText(), fund.path("governmentFundBudget").asText(),
                fund.path("unitFunds").asText())).containsExactly("全表二中心", "3.00", "0.00");
        // and without a previous year, previous and change are null in every new table
        assertThat(department.path("incomeTable").findValues("previous")).allMatch(JsonNode::isNull);
        assertThat(department.path("incomeAndExpenditure").findValues("change")).allMatch(JsonNode::isNull);
    }

    @Test
    void on_basis_executed_income_is_the_money_available_and_what_is_not_spent_is_carried_forward() {
        // when department 721's tables are asked on basis executed: 5,000 + 4,000 + 2,500 paid
        JsonNode department = manager.get("/api/departments/721/years/2025/disclosure?basis=executed").body();

        // then income is the (adjusted) budget 8.21, expenditure 1.15 and 结转下年 8.209 − 1.15 = 7.059 → 7.06
        assertThat(cells(department.path("incomeAndExpenditure").path("income"), "amount"))
                .containsEntry("total", "8.21").containsEntry("carriedOver", "0.50");
        assertThat(cells(department.path("incomeAndExpenditure").path("expenditure"), "amount"))
                .containsEntry("208", "0.75").containsEntry("213", "0.40").containsEntry("currentYear", "1.15")
                .containsEntry("carriedForward", "7.06").containsEntry("total", "8.21");
    }

    @Test
    void on_basis_executed_the_workbooks_expenditure_column_is_headed_execution() throws IOException {
        // when department 721's workbook is asked on basis executed
        byte[] department = expect(manager.get("/api/departments/721/years/2025/disclosure?basis=executed&format=xlsx"),
                200).raw();

        // then 表1's income stands as 预算数 (the money available) and its expenditure as 执行数
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(department))) {
            assertThat(texts(workbook.getSheet("表1 收支总表").getRow(2)))
                    .containsExactly("收入项目", "预算数", "支出项目", "执行数");
        }
    }

    @Test
    void year_on_year_every_row_of_the_new_tables_carries_last_years_figure_and_the_change() {
        // when 722001's tables are asked (2024 in the ledger)
        JsonNode unit = app.books("722001").disclosure("");

        // then 17.00005 against 10.00: 7.00; last year's 政府性基金 project stands at 0.00 with 1.23 before
        JsonNode income = unit.path("incomeAndExpenditure").path("income");
        assertThat(yearOnYear(income)).containsEntry("一般公共预算拨款", "17.00 10.00 7.00")
                .containsEntry("政府性基金预算拨款", "0.00 1.23 -1.23").containsEntry("total", "17.00 11.23 5.77");
        assertThat(yearOnYear(unit.path("governmentFunds"), "total")).containsExactly(
                Map.entry("合计", "0.00 1.23 -1.23"), Map.entry("212", "0.00 1.23 -1.23"),
                Map.entry("21208", "0.00 1.23 -1.23"), Map.entry("2120801", "0.00 1.23 -1.23"));
        assertThat(yearOnYear(unit.path("generalPublicBudgetBasic"), "total"))
                .containsEntry("合计", "12.00 10.00 2.00").containsEntry("30201", "0.00 0.00 0.00");
        assertThat(yearOnYear(unit.path("incomeTable"), "total")).containsEntry("722001", "17.00 11.23 5.77");
        assertThat(unit.path("projects").toString()).contains("\"code\":\"P722001-OLD\"");
        JsonNode old = row(unit.path("projects"), "P722001-OLD");
        assertThat(List.of(old.path("total").asText(), old.path("previous").asText(), old.path("change").asText()))
                .containsExactly("0.00", "1.23", "-1.23");

        // and the 绩效目标表: the unit's target on its total, the project's on the project, each year on year
        JsonNode targets = unit.path("performanceTargets");
        assertThat(targets).hasSize(2);
        assertThat(List.of(targets.get(0).path("projectName").asText(), targets.get(0).path("indicator").asText(),
                targets.get(0).path("budget").asText(), targets.get(0).path("previous").asText(),
                targets.get(0).path("comparator").asText(), targets.get(0).path("value").asText(),
                targets.get(0).path("weight").asText(), targets.get(0).path("direction").asText()))
                .containsExactly("整体支出", "预算执行率", "17.00", "11.23", "≥", "90", "40", "正向");
        assertThat(List.of(targets.get(1).path("projectCode").asText(), targets.get(1).path("projectName").asText(),
                targets.get(1).path("budget").asText(), targets.get(1).path("change").asText()))
                .containsExactly("P722001-NEW", "新项目", "5.00", "5.00");
    }

    @Test
    void the_workbook_has_the_seeds_sheets_with_last_year_and_the_change_and_the_department_its_units() throws IOException {
        // when 722001's workbook and department 721's are downloaded
        byte[] unit = app.books("722001").disclosureWorkbook("");
        byte[] department = expect(manager.get("/api/departments/721/years/2025/disclosure?format=xlsx"), 200).raw();

        // then 表1 has 上年 and 增减 beside each side, in 万元 numbers
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(unit))) {
            Sheet summary = workbook.getSheet("表1 收支总表");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("全表同比中心 2025 年收支总表（年初预算，资金来源：全部）");
            assertThat(texts(summary.getRow(2))).containsExactly("收入项目", "预算数", "上年", "增减", "支出项目", "预算数",
                    "上年", "增减");
            assertThat(texts(summary.getRow(3))).containsExactly("一般公共预算拨款收入", "17.00", "10.00", "7.00",
                    "一般公共服务支出", "0.00", "0.00", "0.00");
            assertThat(summary.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet funds = workbook.getSheet("表8 政府性基金预算支出表");
            assertThat(texts(funds.getRow(3))).containsExactly("合计", "合计", "0.00", "0.00", "0.00", "1.23", "-1.23");
            assertThat(texts(funds.getRow(6)).get(0)).isEqualTo("2120801");
            assertThat(texts(funds.getRow(6)).subList(2, 7)).containsExactly("0.00", "0.00", "0.00", "1.23", "-1.23");
            // the rows of last year's money stand above the note that this year has none
            assertThat(funds.getRow(7).getCell(0).getStringCellValue()).isEqualTo("说明：2025年无政府性基金预算安排的支出。");
            Sheet targets = workbook.getSheet("表11 绩效目标表");
            assertThat(texts(targets.getRow(4))).startsWith("全表同比中心", "P722001-NEW", "新项目", "5.00", "产出指标");
        }
        // and the department's workbook is titled with the 主管部门, its 表5-2 and 分单位 sheets list the units
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(department))) {
            Sheet byUnit = workbook.getSheet("表5-2 一般公共预算支出表（分单位）");
            assertThat(byUnit.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("主管部门 721 2025 年一般公共预算支出表（分单位）（年初预算，资金来源：全部）");
            assertThat(texts(byUnit.getRow(3))).startsWith("合计", "合计", "4.51", "2.01");
            assertThat(texts(byUnit.getRow(4))).startsWith("721001", "全表一中心", "3.50", "1.00");
            assertThat(texts(byUnit.getRow(5))).startsWith("721002", "全表二中心", "1.00", "1.00");
            assertThat(workbook.getSheet("分单位")).isNotNull();
            Sheet capital = workbook.getSheet("表9 国有资本经营预算支出表");
            assertThat(capital.getRow(4).getCell(0).getStringCellValue()).isEqualTo("说明：2025年无国有资本经营预算安排的支出。");
            Sheet projects = workbook.getSheet("表10 项目支出表");
            assertThat(texts(projects.getRow(2))).startsWith("项目编码", "项目名称", "项目单位", "合计", "本年拨款：一般公共预算");
            assertThat(texts(rowStarting(projects, "P721001-JZ"))).containsExactly("P721001-JZ", "结转项目", "全表一中心",
                    "0.50", "0.00", "0.00", "0.00", "0.50", "0.00", "0.00", "0.00", "0.00");
            assertThat(texts(rowStarting(projects, "P721002-JJ"))).containsExactly("P721002-JJ", "基金项目", "全表二中心",
                    "3.00", "0.00", "3.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
            // and each table is printed once: no sheet repeats 表7 or 表10
            assertThat(workbook.getSheet("三公经费")).isNull();
            assertThat(workbook.getSheet("项目支出")).isNull();
        }
    }

    @Test
    void the_comparison_sets_each_rows_budget_beside_its_execution_with_the_difference_and_the_rate() throws IOException {
        // when department 721's original budget is compared with its execution
        Api.Response answer = manager.get("/api/departments/721/years/2025/disclosure/comparison?budget=original");

        // then 支出总表 合计: 8.21 budgeted, 1.15 executed, −7.06, 11,500 / 82,090 = 14.01 %; nothing budgeted: no rate
        assertThat(answer.status()).isEqualTo(200);
        JsonNode tables = answer.body().path("tables");
        assertThat(answer.body().path("budget").asText()).isEqualTo("original");
        assertThat(compared(tables.path("expenditureTable"))).containsEntry("合计", "8.21 1.15 -7.06 14.01")
                .containsEntry("2080150", "2.71 0.75 -1.96 27.69").containsEntry("213", "2.00 0.40 -1.60 20.00");
        assertThat(compared(tables.path("stateCapital"))).containsExactly(Map.entry("合计", "0.00 0.00 0.00 null"));
        assertThat(compared(tables.path("incomeAndExpenditure.expenditure"))).containsEntry("carriedForward",
                "0.00 7.06 7.06 null");

        // and a unit's comparison on the adjusted budget, as a workbook: one sheet per table, side by side
        JsonNode unit = expect(app.books("721001").disclosureComparison("budget=adjusted"), 200).body();
        assertThat(compared(unit.path("tables").path("generalPublicBudgetByUnit")))
                .containsEntry("721001", "3.50 0.90 -2.60 25.68");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                app.books("721001").disclosureComparisonWorkbook("budget=adjusted")))) {
            Sheet sheet = workbook.getSheet("支出总表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("全表一中心 2025 年支出总表决算对比（调整后预算对执行数，截至 2025-12-31，资金来源：全部）");
            assertThat(texts(sheet.getRow(2))).containsExactly("编码", "项目", "调整后预算", "执行数", "差额", "执行率（%）");
            assertThat(texts(sheet.getRow(3))).containsExactly("合计", "合计", "3.50", "0.90", "-2.60", "25.68");
        }

        // and a comparison of execution with itself, or of an unknown basis, is refused; a department without units is not found
        Api.Response itself = app.books("721001").disclosureComparison("budget=executed");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.body().path("code").asText()).isEqualTo("BASIS_UNKNOWN");
        assertThat(app.books("721001").disclosureComparison("budget=final").body().path("code").asText())
                .isEqualTo("BASIS_UNKNOWN");
        Api.Response none = manager.get("/api/departments/724/years/2025/disclosure/comparison");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().path("code").asText()).isEqualTo("DEPARTMENT_NOT_FOUND");
    }

    private static Map<String, String> cells(JsonNode rows, String field) {
        Map<String, String> cells = new LinkedHashMap<>();
        rows.forEach(row -> cells.put(row.path("code").asText(), row.path(field).asText()));
        return cells;
    }

    private static Map<String, String> yearOnYear(JsonNode rows) {
        return yearOnYear(rows, "amount");
    }

    private static Map<String, String> yearOnYear(JsonNode rows, String field) {
        Map<String, String> cells = new LinkedHashMap<>();
        rows.forEach(row -> cells.put(row.path("code").asText(), row.path(field).asText() + " "
                + row.path("previous").asText() + " " + row.path("change").asText()));
        return cells;
    }

    private static Map<String, String> compared(JsonNode rows) {
        Map<String, String> cells = new LinkedHashMap<>();
        rows.forEach(row -> cells.put(row.path("code").asText(), row.path("budget").asText() + " "
                + row.path("executed").asText() + " " + row.path("difference").asText() + " "
                + row.path("executionRate").asText()));
        return cells;
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    /** A row's cells as read: texts as they are, numbers with two decimals. */
    /** The sheet's row whose first cell is the text (a project's code); fails where there is none. */
    private static Row rowStarting(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC
                    ? new java.math.BigDecimal(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
