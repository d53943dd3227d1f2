package cn.budgetledger.query.plans;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.PlanMonth;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.SpendingPlanSetEvent;
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
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The spending plans' read model: every revision kept, the latest current, set against execution month by month. */
class SpendingPlanProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final Project OFFICE = new Project("P503019GY", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey OFFICE_SUPPLIES = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款");
    static final LineKey OFFICE_TRAVEL = LineKey.of("2010101", "30211", OFFICE.code(), "一般公共预算拨款");

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final BudgetLedgerProjection projection = new BudgetLedgerProjection(jdbc);
    final SpendingPlanRepository plans = new SpendingPlanRepository(new NamedParameterJdbcTemplate(jdbc),
            new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc)));
    final BudgetLedgerRepository ledger = new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc));
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void aYearWithTwoLines() {
        jdbc.execute(projection.truncateStatement());
        processor.handle(new BudgetYearOpenedEvent(BUDGET, "市财政局", "503"),
                new BudgetAllocatedEvent(BUDGET, "市财预〔2025〕1号", LocalDate.of(2025, 1, 1), List.of(
                        new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("50000.00")),
                        new Allocation(OFFICE_TRAVEL, OFFICE, yuan("20000.00")))));
    }

    @Test
    void a_revised_plan_is_the_current_one_and_the_earlier_stays_as_a_revision() {
        // given a plan of the supplies line, then its revision
        processor.handle(planSet(OFFICE_SUPPLIES, 3, "3000.00", 6, "3000.00"));
        processor.handle(planSet(OFFICE_SUPPLIES, 3, "4000.00", 6, "3000.00"));

        // when the plans are read
        SpendingPlansView view = plans.plans(BUDGET, BUDGET.lastDay());

        // then the line's months are those of its revision, cumulative through the year
        SpendingPlansView.LinePlan line = view.lines().get(0);
        assertThat(view.lines()).hasSize(1);
        assertThat(line.months()).extracting(PlanMonthFigures::month, PlanMonthFigures::plan,
                PlanMonthFigures::cumulativePlan).contains(tuple(3, yuan("4000.00"), yuan("4000.00")),
                tuple(5, yuan("0.00"), yuan("4000.00")), tuple(6, yuan("3000.00"), yuan("7000.00")),
                tuple(12, yuan("0.00"), yuan("7000.00")));
        // and both revisions stand, oldest first
        assertThat(line.revisions()).extracting(SpendingPlansView.Revision::total, SpendingPlansView.Revision::recordedBy)
                .containsExactly(tuple(yuan("6000.00"), Processor.RECORDED_BY), tuple(yuan("7000.00"),
                        Processor.RECORDED_BY));
        // and the line's trail shows both as 用款计划
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                LineHistoryEntry::amount, LineHistoryEntry::detail).endsWith(
                tuple("用款计划", yuan("6000.00"), "全年用款计划 6,000.00 元：3 月 3,000.00，6 月 3,000.00"),
                tuple("用款计划", yuan("7000.00"), "全年用款计划 7,000.00 元：3 月 4,000.00，6 月 3,000.00"));
    }

    @Test
    void execution_counts_the_planned_lines_payments_in_their_months_up_to_the_date() {
        // given plans of both lines and payments in March and June, one reversed in April
        processor.handle(planSet(OFFICE_SUPPLIES, 3, "3000.00"), planSet(OFFICE_TRAVEL, 6, "1000.00"));
        processor.handle(paid("记-1", OFFICE_SUPPLIES, LocalDate.of(2025, 3, 10), "1200.00"),
                paid("记-2", OFFICE_SUPPLIES, LocalDate.of(2025, 3, 20), "300.00"),
                new PaymentReversedEvent(BUDGET, "记-3", "记-2", LocalDate.of(2025, 4, 2), OFFICE_SUPPLIES,
                        yuan("300.00"), "退回"),
                paid("记-4", OFFICE_TRAVEL, LocalDate.of(2025, 6, 5), "800.00"));

        // when read as of 30 April
        SpendingPlansView view = plans.plans(BUDGET, LocalDate.of(2025, 4, 30));

        // then the unit's totals run through the months, June's payment not yet counted
        assertThat(view.totals()).extracting(PlanMonthFigures::month, PlanMonthFigures::cumulativePlan,
                PlanMonthFigures::executed, PlanMonthFigures::cumulativeExecuted).contains(
                tuple(3, yuan("3000.00"), yuan("1500.00"), yuan("1500.00")),
                tuple(4, yuan("3000.00"), yuan("-300.00"), yuan("1200.00")),
                tuple(6, yuan("4000.00"), yuan("0.00"), yuan("1200.00")));
        // and the project sums its two lines
        assertThat(view.projects()).singleElement().satisfies(project -> {
            assertThat(project.code()).isEqualTo(OFFICE.code());
            assertThat(project.months().get(11).cumulativePlan()).isEqualTo(yuan("4000.00"));
        });
        // and as of the year's end June's payment counts on the travel line
        assertThat(plans.plans(BUDGET, BUDGET.lastDay()).lines()).filteredOn(line -> line.line().economicCode()
                .equals("30211")).singleElement().extracting(line -> line.months().get(5).executed())
                .isEqualTo(yuan("800.00"));
    }

    @Test
    void a_refusal_keeps_its_reason() {
        // when one payment is refused for want of budget and another past the plan
        processor.handle(new PaymentRefusedEvent(BUDGET, "记-8", LocalDate.of(2025, 5, 6), OFFICE_SUPPLIES,
                yuan("60000.00"), yuan("50000.00"), null));
        processor.handle(new PaymentRefusedEvent(BUDGET, "记-9", LocalDate.of(2025, 5, 6), OFFICE_SUPPLIES,
                yuan("600.00"), yuan("50000.00"), "PLAN_EXCEEDED"));

        // then each refusal keeps its code (an old event without one was refused for want of budget)
        assertThat(jdbc.queryForList("select voucher, code from payment_refusal order by voucher"))
                .extracting(row -> row.get("voucher"), row -> row.get("code"))
                .containsExactly(tuple("记-8", "PAYMENT_REFUSED"), tuple("记-9", "PLAN_EXCEEDED"));
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::detail)
                .endsWith("可用余额 50,000.00 元不足，未支付", "超过用款计划，未支付");
    }

    private static SpendingPlanSetEvent planSet(LineKey line, Object... monthsAndAmounts) {
        List<PlanMonth> months = new java.util.ArrayList<>(IntStream.rangeClosed(1, 12)
                .mapToObj(month -> new PlanMonth(month, Money.ZERO)).toList());
        for (int i = 0; i < monthsAndAmounts.length; i += 2) {
            int month = (Integer) monthsAndAmounts[i];
            months.set(month - 1, new PlanMonth(month, yuan((String) monthsAndAmounts[i + 1])));
        }
        return new SpendingPlanSetEvent(BUDGET, line, OFFICE, months);
    }

    private static PaymentRecordedEvent paid(String voucher, LineKey line, LocalDate date, String amount) {
        return new PaymentRecordedEvent(BUDGET, voucher, date, line, yuan(amount), null, null);
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
