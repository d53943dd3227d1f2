package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.queries.LearnedSubjectNames;
import cn.budgetledger.query.catalogue.SubjectNames;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The table builders on lines of several units and of two years, every cell from its own exact sum. */
class PublicTablesTest {

    static final SubjectNames NAMES = new SubjectNames(new LearnedSubjectNames(Map.of(), Map.of()));

    @Test
    void a_sum_over_units_is_rounded_once_so_it_may_differ_from_the_sum_of_their_printed_cells() {
        // given two units with 1.0045 万元 each on one 项 (each prints 1.00)
        List<DisclosureLine> lines = List.of(line("715001", "2080150", "30101", "人员类", "10045.00"),
                line("715002", "2080150", "30101", "人员类", "10045.00"));

        // when the tables are built
        List<FunctionRow> functions = PublicTables.expenditureByFunction(lines, null, NAMES);
        List<UnitRow> units = PublicTables.byUnit(lines, null, List.of("715001", "715002"),
                Map.of("715001", "一", "715002", "二"));

        // then the department's row is 2.009 → 2.01, its units 1.00 and 1.00, and no year on year
        assertThat(functions).extracting(FunctionRow::total).containsOnly("2.01");
        assertThat(units).extracting(UnitRow::total).containsExactly("1.00", "1.00");
        assertThat(functions).extracting(FunctionRow::previous).containsOnlyNulls();
        assertThat(units).extracting(UnitRow::change).containsOnlyNulls();
    }

    @Test
    void the_change_is_the_exact_difference_rounded_once_and_rows_of_either_year_are_listed() {
        // given 0.205 万元 this year on 30217 (prints 0.21) against 0.3044 (prints 0.30), and a project only last year
        List<DisclosureLine> thisYear = List.of(line("716001", "2080150", "30217", "公用经费", "2050.00"));
        List<DisclosureLine> lastYear = List.of(line("716001", "2080150", "30217", "公用经费", "3044.00"),
                line("716001", "2080199", "30201", "特定目标类", "12345.67"));

        // when the tables are built year on year
        List<EconomicRow> economic = PublicTables.basicByEconomic(thisYear, lastYear, NAMES);
        List<ProjectRow> projects = PublicTables.projects(thisYear, lastYear, Map.of("716001", "单位"));
        PublicTables.ThreePublicSums threePublic = PublicTables.ThreePublicSums.of(thisYear);
        PublicTables.ThreePublicSums threePublicBefore = PublicTables.ThreePublicSums.of(lastYear);

        // then −994.00 is −0.10 (not 0.21 − 0.30 = −0.09), and last year's project stands at 0.00
        assertThat(economic).extracting(row -> row.code() + " " + row.total() + " " + row.previous() + " " + row.change())
                .containsExactly("302 0.21 0.30 -0.10", "30217 0.21 0.30 -0.10", "合计 0.21 0.30 -0.10");
        assertThat(projects).extracting(row -> row.total() + " " + row.previous() + " " + row.change())
                .containsExactly("0.00 1.23 -1.23");
        assertThat(threePublic.minus(threePublicBefore).table().reception()).isEqualTo("-0.10");
    }

    @Test
    @SuppressWarnings("unchecked")
    void on_basis_executed_the_summary_table_sets_the_money_available_against_execution_and_carries_the_rest_forward() {
        // given 1.00 万元 budgeted (adjusted) on 一般公共预算拨款, 0.50 carried from last year of 事业收入, and 0.3333 spent
        List<DisclosureLine> adjusted = List.of(line("721001", "2080150", "30101", "人员类", "10000.00"),
                carried(line("721001", "2130101", "30201", "特定目标类", "5000.00"), FundSource.BUSINESS_INCOME));
        List<DisclosureLine> executed = List.of(line("721001", "2080150", "30101", "人员类", "3333.00"));

        // when 收支总表 is built on basis executed
        CompleteTables.Input input = new CompleteTables.Input(executed, adjusted, Map.of("721001", "一"));
        Map<String, List<CompleteTables.ExactRow>> tables = CompleteTables.build(input, null, Map.of(), NAMES);

        // then income is the money available, 结转下年 what was not spent, and 收入总计 = 支出总计
        assertThat(cells(tables.get("incomeAndExpenditure.income"), "amount")).contains(
                Map.entry("一般公共预算拨款", "1.00"), Map.entry("事业收入", "0.00"), Map.entry("currentYear", "1.00"),
                Map.entry("carriedOver", "0.50"), Map.entry("total", "1.50"));
        assertThat(cells(tables.get("incomeAndExpenditure.expenditure"), "amount")).contains(
                Map.entry("201", "0.00"), Map.entry("208", "0.33"), Map.entry("213", "0.00"),
                Map.entry("currentYear", "0.33"), Map.entry("carriedForward", "1.17"), Map.entry("total", "1.50"));
        // and 财政拨款收支总表 counts the 财政拨款 only: the carried 事业收入 is not there
        assertThat(cells(tables.get("fiscalAppropriation.income"), "amount")).contains(
                Map.entry("currentYear", "1.00"), Map.entry("carriedOver", "0.00"), Map.entry("total", "1.00"));
        assertThat(cells(tables.get("fiscalAppropriation.expenditure"), "generalPublicBudget")).contains(
                Map.entry("currentYear", "0.33"), Map.entry("carriedForward", "0.67"), Map.entry("total", "1.00"));
        // and 收入总表 keeps the carried money under its fund source
        Map<String, Object> unit = CompleteTables.render(tables.get("incomeTable"), null).get(1);
        assertThat(unit).containsEntry("code", "721001").containsEntry("total", "1.50").containsEntry("carriedOver", "0.50");
        assertThat((Map<String, Object>) unit.get("carriedOverBySource")).containsEntry("事业收入", "0.50")
                .containsEntry("一般公共预算拨款", "0.00");
    }

    @Test
    void the_basic_table_of_general_public_budget_lists_every_economic_subject_of_its_lines_with_basic_amounts_only() {
        // given a 公用经费 line on 30201 and a project's line on 30206 (电费), both 一般公共预算拨款
        List<DisclosureLine> lines = List.of(line("721001", "2080150", "30201", "公用经费", "4500.00"),
                line("721001", "2080199", "30206", "特定目标类", "160000.00"));

        // when the 一般公共预算财政拨款基本支出表 is built
        List<CompleteTables.ExactRow> rows = CompleteTables.generalBasic(lines, List.of(), NAMES);

        // then 30206 stands at 0.00, as seed 002 表6 prints it, and 合计 comes first
        assertThat(cells(rows, "total")).containsExactly(Map.entry("合计", "0.45"), Map.entry("302", "0.45"),
                Map.entry("30201", "0.45"), Map.entry("30206", "0.00"));
    }

    @Test
    void year_on_year_each_row_of_either_year_is_listed_and_compared_by_its_exact_figure() {
        // given 0.205 万元 on 2080150 this year and 0.3044 on 2080199 last year
        CompleteTables.Input thisYear = new CompleteTables.Input(
                List.of(line("722001", "2080150", "30201", "公用经费", "2050.00")), List.of(), Map.of("722001", "同比"));
        CompleteTables.Input lastYear = new CompleteTables.Input(
                List.of(line("722001", "2080199", "30201", "公用经费", "3044.00")), List.of(), Map.of("722001", "同比"));

        // when 支出总表 is built for both years and rendered year on year
        List<Map<String, Object>> rows = CompleteTables.render(
                CompleteTables.build(thisYear, lastYear, Map.of(), NAMES).get("expenditureTable"),
                CompleteTables.build(lastYear, thisYear, Map.of(), NAMES).get("expenditureTable"));

        // then last year's row stands at 0.00 this year, and 合计's change is the exact −0.0994 → −0.10
        assertThat(rows).extracting(row -> row.get("code") + " " + row.get("total") + " " + row.get("previous") + " " + row.get("change"))
                .containsExactly("合计 0.21 0.30 -0.10", "208 0.21 0.30 -0.10", "20801 0.21 0.30 -0.10",
                        "2080150 0.21 0.00 0.21", "2080199 0.00 0.30 -0.30");
    }

    @Test
    void the_comparison_gives_the_difference_and_the_execution_rate_from_exact_figures() {
        // given 3.00 万元 budgeted and 1.00 executed on one 项, nothing budgeted but 0.10 executed on another
        List<CompleteTables.ExactRow> budget = CompleteTables.byFunction(
                List.of(line("721001", "2080150", "30101", "人员类", "30000.00")), List.of(
                        line("721001", "2080199", "30201", "特定目标类", "1000.00")), line -> true, NAMES,
                List.of(CompleteTables.ALL));
        List<CompleteTables.ExactRow> executed = CompleteTables.byFunction(
                List.of(line("721001", "2080150", "30101", "人员类", "10000.00"),
                        line("721001", "2080199", "30201", "特定目标类", "1000.00")), List.of(), line -> true, NAMES,
                List.of(CompleteTables.ALL));

        // when they are compared
        List<Map<String, Object>> rows = CompleteTables.compare(budget, executed);

        // then 1/3 is 33.33 %, and a row without budget has no rate
        assertThat(rows).extracting(row -> row.get("code") + " " + row.get("budget") + " " + row.get("executed") + " "
                + row.get("difference") + " " + row.get("executionRate")).containsExactly(
                "合计 3.00 1.10 -1.90 36.67", "208 3.00 1.10 -1.90 36.67", "20801 3.00 1.10 -1.90 36.67",
                "2080150 3.00 1.00 -2.00 33.33", "2080199 0.00 0.10 0.10 null");
    }

    private static Map<String, String> cells(List<CompleteTables.ExactRow> rows, String column) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        rows.forEach(row -> cells.put(String.valueOf(row.texts().get("code")), row.amounts().get(column).toWanYuan()));
        return cells;
    }

    private static DisclosureLine carried(DisclosureLine line, FundSource source) {
        return new DisclosureLine(line.unit(), line.functionalCode(), line.economicCode(), line.projectCode(),
                line.projectName(), line.category(), source, Origin.CARRIED_OVER, line.amount());
    }

    private static DisclosureLine line(String unit, String functional, String economic, String category, String yuan) {
        return new DisclosureLine(unit, FunctionalCode.of(functional), EconomicCode.of(economic), "P" + unit + "-" + category,
                category, ProjectCategory.of(category), FundSource.GENERAL_PUBLIC_BUDGET, Origin.CURRENT_YEAR,
                Money.parse(yuan));
    }
}
