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

    private static DisclosureLine line(String unit, String functional, String economic, String category, String yuan) {
        return new DisclosureLine(unit, FunctionalCode.of(functional), EconomicCode.of(economic), "P" + unit + "-" + category,
                category, ProjectCategory.of(category), FundSource.GENERAL_PUBLIC_BUDGET, Origin.CURRENT_YEAR,
                Money.parse(yuan));
    }
}
