package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.AllocateBudgetCommand;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.ApproveAdjustmentCommand;
import cn.budgetledger.api.commands.CarryForwardBalancesCommand;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.api.commands.CorrectAllocationCommand;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.budgetledger.command.domain.LedgerRules.rule;

/** A line's origin (指标来源): carried money keeps its fund source, and a request may leave the origin unnamed. */
class LineOriginTest {

    static final UnitYear Y2025 = new UnitYear("503019", 2025);
    static final UnitYear Y2026 = Y2025.next();
    static final String UNIT_NAME = "武汉市人力资源和社会保障信息中心";
    static final Project SYSTEM_RUNNING = new Project("P-SYS", "日常系统运行经费", ProjectCategory.SPECIFIC_PURPOSE);
    static final Project PUBLIC_FUNDS = new Project("P-PUBLIC", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    /** A 三公 line: 公务接待费, 一般公共预算拨款. */
    static final LineKey RECEPTION = LineKey.of("2080199", "30217", SYSTEM_RUNNING.code(), "一般公共预算拨款");
    static final LineKey OFFICE = LineKey.of("2080150", "30201", PUBLIC_FUNDS.code(), "一般公共预算拨款");
    /** The same four codes as a request names them, the origin left out. */
    static final LineKey RECEPTION_UNNAMED = LineKey.of("2080199", "30217", SYSTEM_RUNNING.code(), "一般公共预算拨款", null);
    static final LocalDate MAY_5 = LocalDate.of(2026, 5, 5);

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    static BudgetAllocatedEvent carriedInto2026(String amount) {
        return new BudgetAllocatedEvent(Y2026, "上年结转-2025", Y2026.firstDay(),
                List.of(new Allocation(RECEPTION.carriedOver(), SYSTEM_RUNNING, yuan(amount))), AllocationType.CARRIED_OVER);
    }

    static RecordPaymentCommand pay(String voucher, LineKey line, String amount) {
        return new RecordPaymentCommand(Y2026, voucher, MAY_5, line, yuan(amount), "某酒店", "接待");
    }

    static PaymentRecordedEvent paid(String voucher, LineKey line, String amount) {
        return new PaymentRecordedEvent(Y2026, voucher, MAY_5, line, yuan(amount), "某酒店", "接待");
    }

    @Test
    void closing_carries_a_project_balance_with_its_fund_source_as_a_carried_line() {
        fixture.given(new BudgetYearOpenedEvent(Y2025, UNIT_NAME, "503"), new BudgetAllocatedEvent(Y2025, "批复-1",
                        Y2025.firstDay(), List.of(new Allocation(RECEPTION, SYSTEM_RUNNING, yuan("1000.00")),
                        new Allocation(OFFICE, PUBLIC_FUNDS, yuan("500.00")))))
                .when(new CloseBudgetYearCommand(Y2025, LocalDate.of(2025, 12, 31)))
                .expectEvents(new YearEndBalancesEvent(Y2025, LocalDate.of(2025, 12, 31),
                                List.of(new Allocation(RECEPTION, SYSTEM_RUNNING, yuan("1000.00"))),
                                List.of(new Allocation(OFFICE, PUBLIC_FUNDS, yuan("500.00")))),
                        new BudgetYearClosedEvent(Y2025, LocalDate.of(2025, 12, 31), UNIT_NAME, "503", List.of(
                        new Allocation(new LineKey(RECEPTION.functionalCode(), RECEPTION.economicCode(),
                                RECEPTION.projectCode(), FundSource.GENERAL_PUBLIC_BUDGET, Origin.CARRIED_OVER),
                                SYSTEM_RUNNING, yuan("1000.00")))));
    }

    @Test
    void the_next_year_receives_it_in_a_document_of_type_carried_over() {
        List<Allocation> balances = List.of(new Allocation(RECEPTION.carriedOver(), SYSTEM_RUNNING, yuan("1000.00")));
        fixture.givenNoPriorActivity()
                .when(new CarryForwardBalancesCommand(Y2026, Y2025, UNIT_NAME, "503", balances))
                .expectEvents(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), new BudgetAllocatedEvent(Y2026,
                        "上年结转-2025", Y2026.firstDay(), balances, AllocationType.CARRIED_OVER));
    }

    @Test
    void a_carried_line_is_paid_by_its_fund_source_when_the_origin_is_left_out() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"))
                .when(pay("V1", RECEPTION_UNNAMED, "300.00"))
                .expectEvents(paid("V1", RECEPTION.carriedOver(), "300.00"));
    }

    @Test
    void a_carried_line_is_paid_when_its_origin_is_named() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"))
                .when(pay("V1", RECEPTION.carriedOver(), "300.00"))
                .expectEvents(paid("V1", RECEPTION.carriedOver(), "300.00"));
    }

    @Test
    void naming_this_years_origin_does_not_reach_a_carried_line() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"))
                .when(pay("V1", RECEPTION, "300.00"))
                .expectException(rule("LINE_NOT_FOUND"));
    }

    @Test
    void with_both_origins_present_an_unnamed_origin_means_this_years_line() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"),
                        new BudgetAllocatedEvent(Y2026, "批复-1", Y2026.firstDay(),
                                List.of(new Allocation(RECEPTION, SYSTEM_RUNNING, yuan("200.00")))))
                .when(pay("V1", RECEPTION_UNNAMED, "150.00"))
                .expectEvents(paid("V1", RECEPTION, "150.00"));
    }

    @Test
    void a_retried_payment_with_the_origin_left_out_is_the_same_payment() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"),
                        paid("V1", RECEPTION.carriedOver(), "300.00"))
                .when(pay("V1", RECEPTION_UNNAMED, "300.00"))
                .expectNoEvents();
    }

    @Test
    void an_adjustment_entry_without_origin_reaches_the_only_line_with_those_codes() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"))
                .when(new ApproveAdjustmentCommand(Y2026, "JJ-1", AdjustmentType.DECREASE, MAY_5, "压减",
                        List.of(new AdjustmentEntry(RECEPTION_UNNAMED, yuan("-100.00"), null))))
                .expectEvents(new AdjustmentApprovedEvent(Y2026, "JJ-1", AdjustmentType.DECREASE, MAY_5, "压减",
                        List.of(new AdjustmentEntry(RECEPTION.carriedOver(), yuan("-100.00"), SYSTEM_RUNNING))));
    }

    @Test
    void an_allocation_without_origin_is_of_its_types_origin() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"))
                .when(new AllocateBudgetCommand(Y2026, "结转批复-1", Y2026.firstDay(),
                        List.of(new Allocation(RECEPTION_UNNAMED, SYSTEM_RUNNING, yuan("80.00"))), AllocationType.CARRIED_OVER))
                .expectEvents(new BudgetAllocatedEvent(Y2026, "结转批复-1", Y2026.firstDay(),
                        List.of(new Allocation(RECEPTION.carriedOver(), SYSTEM_RUNNING, yuan("80.00"))),
                        AllocationType.CARRIED_OVER));
    }

    @Test
    void an_initial_approval_of_carried_lines_is_refused() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"))
                .when(new AllocateBudgetCommand(Y2026, "批复-1", Y2026.firstDay(),
                        List.of(new Allocation(RECEPTION.carriedOver(), SYSTEM_RUNNING, yuan("80.00")))))
                .expectException(rule("ALLOCATION_TYPE_MISMATCH"));
    }

    @Test
    void an_increase_is_an_adjustment_not_an_allocation() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"))
                .when(new AllocateBudgetCommand(Y2026, "追加-1", Y2026.firstDay(),
                        List.of(new Allocation(RECEPTION, SYSTEM_RUNNING, yuan("80.00"))), AllocationType.INCREASE))
                .expectException(rule("ALLOCATION_TYPE_IS_ADJUSTMENT"));
    }

    @Test
    void a_line_of_the_old_pseudo_fund_source_is_carried_and_still_paid_by_that_name() {
        LineKey legacy = LineKey.of("2080199", "30217", SYSTEM_RUNNING.code(), "上年结转结余");
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), new BudgetAllocatedEvent(Y2026, "上年结转-2025",
                        Y2026.firstDay(), List.of(new Allocation(legacy, SYSTEM_RUNNING, yuan("1000.00"))),
                        AllocationType.CARRIED_OVER))
                .when(pay("V1", LineKey.of("2080199", "30217", SYSTEM_RUNNING.code(), "上年结转结余", null), "10.00"))
                .expectEvents(paid("V1", legacy, "10.00"));
    }

    @Test
    void money_carried_forward_is_not_corrected_like_a_typed_approval() {
        fixture.given(new BudgetYearOpenedEvent(Y2026, UNIT_NAME, "503"), carriedInto2026("1000.00"))
                .when(new CorrectAllocationCommand(Y2026, "GZ-1", MAY_5, "上年结转-2025", RECEPTION_UNNAMED,
                        yuan("900.00"), "录入错误"))
                .expectNoEvents()
                .expectException(rule("CARRIED_FORWARD_NOT_CORRECTABLE"));
    }
}
