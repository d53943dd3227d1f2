package cn.budgetledger.query.yearend;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import cn.budgetledger.api.queries.LineHistoryEntry;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The year-end report's read model: written by the ledger's projection from the balances recorded at closing. */
class YearEndReportProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);
    static final Project OFFICE = new Project("P503019GY", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final Project SYSTEMS = new Project("P503019XX", "信息化建设", ProjectCategory.SPECIFIC_PURPOSE);
    static final LineKey OFFICE_SUPPLIES = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款");
    static final LineKey SYSTEMS_EQUIPMENT = LineKey.of("2010150", "31002", SYSTEMS.code(), "一般公共预算拨款");
    static final LineKey SYSTEMS_FUND = LineKey.of("2010150", "31002", SYSTEMS.code(), "政府性基金预算拨款");

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final BudgetLedgerProjection projection = new BudgetLedgerProjection(jdbc);
    final BudgetLedgerRepository ledger = new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc));
    final YearEndService yearEnd = new YearEndService(ledger, new YearEndRepository(new NamedParameterJdbcTemplate(jdbc)));
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void anOpenYearWithThreeLines() {
        jdbc.execute(projection.truncateStatement());
        processor.handle(new BudgetYearOpenedEvent(BUDGET, "市财政局", "503"),
                new BudgetAllocatedEvent(BUDGET, "市财预〔2025〕1号", BUDGET.firstDay(), List.of(
                        new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("50000.00")),
                        new Allocation(SYSTEMS_EQUIPMENT, SYSTEMS, yuan("200000.00")),
                        new Allocation(SYSTEMS_FUND, SYSTEMS, yuan("30000.00")))),
                new PaymentRecordedEvent(BUDGET, "记-0001", LocalDate.of(2025, 6, 1), SYSTEMS_EQUIPMENT,
                        yuan("150000.00"), "某某科技公司", "服务器"),
                new PaymentRecordedEvent(BUDGET, "记-0002", LocalDate.of(2025, 7, 1), OFFICE_SUPPLIES,
                        yuan("12345.67"), "某文具店", "办公用品"));
    }

    @Test
    void the_balances_recorded_at_closing_are_listed_by_fund_source_project_and_line_with_totals() {
        // when the year is closed: two project balances carried forward, one basic balance lapsed
        processor.handle(new YearEndBalancesEvent(BUDGET, DEC_31,
                        List.of(new Allocation(SYSTEMS_EQUIPMENT, SYSTEMS, yuan("50000.00")),
                                new Allocation(SYSTEMS_FUND, SYSTEMS, yuan("30000.00"))),
                        List.of(new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("37654.33")))),
                new BudgetYearClosedEvent(BUDGET, DEC_31, "市财政局", "503", List.of(
                        new Allocation(SYSTEMS_EQUIPMENT.carriedOver(), SYSTEMS, yuan("50000.00")),
                        new Allocation(SYSTEMS_FUND.carriedOver(), SYSTEMS, yuan("30000.00")))));

        // then the report has each fund source, its projects and lines, and the totals
        YearEndReport report = yearEnd.report(BUDGET);
        assertThat(report.closedOn()).isEqualTo(DEC_31);
        assertThat(List.of(report.carriedForward(), report.lapsed(), report.total()))
                .containsExactly(yuan("80000.00"), yuan("37654.33"), yuan("117654.33"));
        assertThat(report.fundSources()).extracting(YearEndReport.FundSourceBalances::fundSource,
                YearEndReport.FundSourceBalances::carriedForward, YearEndReport.FundSourceBalances::lapsed,
                YearEndReport.FundSourceBalances::total).containsExactly(
                tuple("一般公共预算拨款", yuan("50000.00"), yuan("37654.33"), yuan("87654.33")),
                tuple("政府性基金预算拨款", yuan("30000.00"), Money.ZERO, yuan("30000.00")));
        assertThat(report.fundSources().get(0).projects()).extracting(YearEndReport.ProjectBalances::projectCode,
                YearEndReport.ProjectBalances::carriedForward, YearEndReport.ProjectBalances::lapsed).containsExactly(
                tuple(OFFICE.code(), Money.ZERO, yuan("37654.33")),
                tuple(SYSTEMS.code(), yuan("50000.00"), Money.ZERO));
        assertThat(report.fundSources().get(0).projects().get(0).lines()).containsExactly(
                new YearEndReport.LineEntry(OFFICE_SUPPLIES.id(), "2010101", "30201", "结余", yuan("37654.33"),
                        Money.ZERO, yuan("37654.33")));
        // and each line's history ends with what became of its balance
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::businessDate,
                LineHistoryEntry::kind, LineHistoryEntry::document, LineHistoryEntry::amount).last().isEqualTo(
                tuple(DEC_31, "结余", "年终结转-2025", yuan("37654.33")));
        assertThat(ledger.history(BUDGET, SYSTEMS_EQUIPMENT.id())).extracting(LineHistoryEntry::kind,
                LineHistoryEntry::amount, LineHistoryEntry::detail).last().isEqualTo(
                tuple("结转到下年", yuan("50000.00"), "未用余额结转 2026 年度"));
    }

    @Test
    void a_year_closed_before_balances_were_recorded_reports_none() {
        // when a year is closed by an old closing, which recorded only what it carried forward
        processor.handle(new BudgetYearClosedEvent(BUDGET, DEC_31, "市财政局", "503", List.of(
                new Allocation(SYSTEMS_EQUIPMENT.carriedOver(), SYSTEMS, yuan("50000.00")))));

        // then it is reported closed, with nothing listed
        YearEndReport report = yearEnd.report(BUDGET);
        assertThat(report.closedOn()).isEqualTo(DEC_31);
        assertThat(report.fundSources()).isEmpty();
        assertThat(report.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_open_year_has_no_report_yet_and_an_unknown_one_is_not_found() {
        assertThatThrownBy(() -> yearEnd.report(BUDGET)).isInstanceOfSatisfying(LedgerException.class,
                failure -> assertThat(failure.code()).isEqualTo("YEAR_NOT_CLOSED"));
        assertThatThrownBy(() -> yearEnd.report(new UnitYear("503020", 2025)))
                .isInstanceOfSatisfying(LedgerException.class,
                        failure -> assertThat(failure.code()).isEqualTo("BUDGET_YEAR_NOT_FOUND"));
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
