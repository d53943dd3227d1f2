package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
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
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.AllocationCorrectedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.budgetledger.command.domain.LedgerRules.rule;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** Every command and every rule of the unit-year budget: given past events, when a command, then events or a "no". */
class UnitYearBudgetTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final String UNIT_NAME = "武汉市人力资源和社会保障信息中心";
    static final Project SYSTEM_RUNNING = new Project("42010022503T000000142", "日常系统运行经费", ProjectCategory.SPECIFIC_PURPOSE);
    static final Project PUBLIC_FUNDS = new Project("P-PUBLIC", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey MAINTENANCE = LineKey.of("2080199", "30213", SYSTEM_RUNNING.code(), "一般公共预算拨款");
    static final LineKey OFFICE = LineKey.of("2080150", "30201", PUBLIC_FUNDS.code(), "一般公共预算拨款");
    static final LineKey NEW_LINE = LineKey.of("2080199", "31002", SYSTEM_RUNNING.code(), "一般公共预算拨款");
    static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        // An empty register: a year read from its first event remembers every voucher itself.
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    static BudgetYearOpenedEvent opened() {
        return new BudgetYearOpenedEvent(BUDGET, UNIT_NAME, "503");
    }

    static BudgetAllocatedEvent allocated() {
        return new BudgetAllocatedEvent(BUDGET, "批复-1", JAN_1, List.of(
                new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("1000.00")),
                new Allocation(OFFICE, PUBLIC_FUNDS, yuan("500.00"))));
    }

    static PaymentRecordedEvent paid(String voucher, LineKey line, String amount) {
        return new PaymentRecordedEvent(BUDGET, voucher, MARCH_10, line, yuan(amount), "某公司", "运维费");
    }

    static RecordPaymentCommand pay(String voucher, LineKey line, String amount) {
        return new RecordPaymentCommand(BUDGET, voucher, MARCH_10, line, yuan(amount), "某公司", "运维费");
    }

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    @Nested
    class OpeningTheYear {

        @Test
        void opens_a_year_nobody_opened() {
            fixture.givenNoPriorActivity()
                    .when(new OpenBudgetYearCommand(BUDGET, UNIT_NAME, "503"))
                    .expectEvents(opened())
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void opening_again_with_the_same_unit_changes_nothing() {
            fixture.given(opened())
                    .when(new OpenBudgetYearCommand(BUDGET, UNIT_NAME, "503"))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void opening_again_as_another_unit_is_a_conflict() {
            fixture.given(opened())
                    .when(new OpenBudgetYearCommand(BUDGET, "另一个单位", "503"))
                    .expectException(rule("YEAR_ALREADY_OPEN"));
        }

        @Test
        void a_unit_needs_a_name() {
            fixture.givenNoPriorActivity()
                    .when(new OpenBudgetYearCommand(BUDGET, " ", null))
                    .expectException(rule("UNIT_NAME_MISSING"));
        }
    }

    @Nested
    class AllocatingTheApprovedBudget {

        @Test
        void records_an_approval_document_with_its_lines() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-1", JAN_1, allocated().allocations()))
                    .expectEvents(allocated())
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void the_same_document_sent_again_changes_nothing() {
            fixture.given(opened(), allocated())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-1", JAN_1, allocated().allocations()))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void the_same_number_with_other_lines_is_a_conflict() {
            fixture.given(opened(), allocated())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-1", JAN_1,
                            List.of(new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("1.00")))))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }

        @Test
        void amounts_must_be_positive() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1,
                            List.of(new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("0")))))
                    .expectException(rule("AMOUNT_NOT_POSITIVE"));
        }

        @Test
        void amounts_are_at_most_999_999_999_999_99() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1,
                            List.of(new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("1000000000000.00")))))
                    .expectException(rule("AMOUNT_TOO_LARGE"));
        }

        @Test
        void a_project_code_holds_only_what_its_format_allows() {
            LineKey poisoned = LineKey.of("2080199", "30213", "P\u0000X", "一般公共预算拨款");
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1, List.of(new Allocation(poisoned,
                            new Project("P\u0000X", "日常系统运行经费", ProjectCategory.SPECIFIC_PURPOSE), yuan("1.00")))))
                    .expectException(rule("PROJECT_CODE_MALFORMED"));
        }

        @Test
        void a_project_name_has_no_direction_controls() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1, List.of(new Allocation(MAINTENANCE,
                            new Project(SYSTEM_RUNNING.code(), "经费\u202e", ProjectCategory.SPECIFIC_PURPOSE), yuan("1.00")))))
                    .expectException(rule("TEXT_HAS_DIRECTION_CONTROLS"));
        }

        @Test
        void a_year_holds_at_most_999_999_999_999_99_of_budget() {
            fixture.given(opened(), allocated())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1, List.of(
                            new Allocation(NEW_LINE, SYSTEM_RUNNING, yuan("999,999,999,000.00")))))
                    .expectException(rule("BUDGET_TOTAL_TOO_LARGE"));
        }

        @Test
        void many_lines_at_the_largest_amount_do_not_pass_the_bound_either() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1, java.util.stream.IntStream.range(0, 10)
                            .mapToObj(i -> new Allocation(LineKey.of("2080199", "30213", "P" + i, "一般公共预算拨款"),
                                    new Project("P" + i, "项目" + i, ProjectCategory.SPECIFIC_PURPOSE), Money.MAX))
                            .toList()))
                    .expectException(rule("BUDGET_TOTAL_TOO_LARGE"));
        }

        @Test
        void the_largest_amount_is_accepted() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1,
                            List.of(new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("999,999,999,999.99")))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_date_lies_inside_the_year() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", LocalDate.of(2024, 12, 31),
                            allocated().allocations()))
                    .expectException(rule("DATE_OUTSIDE_YEAR"));
        }

        @Test
        void a_project_code_means_one_project() {
            fixture.given(opened(), allocated())
                    .when(new AllocateBudgetCommand(BUDGET, "批复-2", JAN_1, List.of(new Allocation(NEW_LINE,
                            new Project(SYSTEM_RUNNING.code(), "别的名称", ProjectCategory.SPECIFIC_PURPOSE),
                            yuan("1.00")))))
                    .expectException(rule("PROJECT_CONFLICT"));
        }

        @Test
        void a_document_needs_a_number() {
            fixture.given(opened())
                    .when(new AllocateBudgetCommand(BUDGET, "", JAN_1, allocated().allocations()))
                    .expectException(rule("DOCUMENT_NUMBER_MISSING"));
        }
    }

    @Nested
    class Adjusting {

        static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);

        ApproveAdjustmentCommand adjust(String number, AdjustmentType type, AdjustmentEntry... entries) {
            return new ApproveAdjustmentCommand(BUDGET, number, type, APRIL_1, "事由", List.of(entries));
        }

        @Test
        void a_reallocation_moves_money_between_lines() {
            fixture.given(opened(), allocated())
                    .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                            new AdjustmentEntry(MAINTENANCE, yuan("-200.00"), null),
                            new AdjustmentEntry(OFFICE, yuan("200.00"), null)))
                    .expectEvents(new AdjustmentApprovedEvent(BUDGET, "TZ-1", AdjustmentType.REALLOCATION, APRIL_1,
                            "事由", List.of(new AdjustmentEntry(MAINTENANCE, yuan("-200.00"), SYSTEM_RUNNING),
                            new AdjustmentEntry(OFFICE, yuan("200.00"), PUBLIC_FUNDS))));
        }

        @Nested
        class KeepingMoneyToItsPurpose {

            final Project salaries = new Project("P-SALARIES", "人员经费", ProjectCategory.PERSONNEL);
            final LineKey wages = LineKey.of("2080150", "30101", salaries.code(), "一般公共预算拨款");
            final LineKey reception = LineKey.of("2080150", "30217", PUBLIC_FUNDS.code(), "一般公共预算拨款");
            final LineKey fundMaintenance = LineKey.of("2120801", "30213", SYSTEM_RUNNING.code(), "政府性基金预算拨款");
            final LineKey fundDevices = LineKey.of("2120801", "31002", SYSTEM_RUNNING.code(), "政府性基金预算拨款");

            BudgetAllocatedEvent moreLines() {
                return new BudgetAllocatedEvent(BUDGET, "批复-2", JAN_1, List.of(
                        new Allocation(wages, salaries, yuan("5000.00")),
                        new Allocation(reception, PUBLIC_FUNDS, yuan("300.00")),
                        new Allocation(fundMaintenance, SYSTEM_RUNNING, yuan("800.00")),
                        new Allocation(fundDevices, SYSTEM_RUNNING, yuan("100.00"))));
            }

            @Test
            void a_reallocation_may_not_move_government_fund_money_onto_general_budget_lines() {
                fixture.given(opened(), allocated(), moreLines())
                        .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                                new AdjustmentEntry(fundMaintenance, yuan("-200.00"), null),
                                new AdjustmentEntry(OFFICE, yuan("200.00"), null)))
                        .expectException(rule("TRANSFER_CROSSES_FUND_SOURCES"))
                        .expectExceptionMessage(allOf(
                                containsString("政府性基金预算拨款 调出 200.00 元"),
                                containsString("一般公共预算拨款 调入 200.00 元")))
                        .expectNoEvents();
            }

            @Test
            void a_reallocation_balanced_within_each_fund_source_is_accepted() {
                fixture.given(opened(), allocated(), moreLines())
                        .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                                new AdjustmentEntry(fundMaintenance, yuan("-200.00"), null),
                                new AdjustmentEntry(fundDevices, yuan("200.00"), null),
                                new AdjustmentEntry(MAINTENANCE, yuan("-50.00"), null),
                                new AdjustmentEntry(OFFICE, yuan("50.00"), null)))
                        .expectSuccessfulHandlerExecution()
                        .expectResultMessagePayload(DocumentOutcome.RECORDED);
            }

            @Test
            void a_reallocation_may_not_move_personnel_money_onto_a_new_reception_line() {
                LineKey newReception = LineKey.of("2080150", "30217", salaries.code(), "一般公共预算拨款");
                fixture.given(opened(), allocated(), moreLines())
                        .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                                new AdjustmentEntry(wages, yuan("-300.00"), null),
                                new AdjustmentEntry(newReception, yuan("300.00"), salaries)))
                        .expectException(rule("THREE_PUBLIC_INCREASED_BY_TRANSFER"))
                        .expectNoEvents();
            }

            @Test
            void a_reallocation_may_not_raise_an_existing_three_public_line() {
                fixture.given(opened(), allocated(), moreLines())
                        .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                                new AdjustmentEntry(OFFICE, yuan("-100.00"), null),
                                new AdjustmentEntry(reception, yuan("100.00"), null)))
                        .expectException(rule("THREE_PUBLIC_INCREASED_BY_TRANSFER"))
                        .expectNoEvents();
            }

            @Test
            void a_reallocation_may_lower_a_three_public_line() {
                fixture.given(opened(), allocated(), moreLines())
                        .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                                new AdjustmentEntry(reception, yuan("-100.00"), null),
                                new AdjustmentEntry(OFFICE, yuan("100.00"), null)))
                        .expectSuccessfulHandlerExecution();
            }

            @Test
            void an_increase_may_still_raise_a_three_public_line() {
                fixture.given(opened(), allocated(), moreLines())
                        .when(adjust("ZJ-1", AdjustmentType.INCREASE, new AdjustmentEntry(reception, yuan("100.00"), null)))
                        .expectSuccessfulHandlerExecution();
            }

            @Test
            void a_deployment_that_switches_the_rule_off_lets_a_reallocation_raise_a_three_public_line() {
                AggregateTestFixture<UnitYearBudget> permissive = new AggregateTestFixture<>(UnitYearBudget.class);
                permissive.registerInjectableResource(new RegisterOfEvents());
                permissive.registerInjectableResource(new RuleSettings(false));
                permissive.given(opened(), allocated(), moreLines())
                        .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                                new AdjustmentEntry(OFFICE, yuan("-100.00"), null),
                                new AdjustmentEntry(reception, yuan("100.00"), null)))
                        .expectSuccessfulHandlerExecution();
            }
        }

        @Test
        void a_reallocation_must_balance() {
            fixture.given(opened(), allocated())
                    .when(adjust("TZ-1", AdjustmentType.REALLOCATION,
                            new AdjustmentEntry(MAINTENANCE, yuan("-200.00"), null),
                            new AdjustmentEntry(OFFICE, yuan("199.99"), null)))
                    .expectException(rule("REALLOCATION_UNBALANCED"));
        }

        @Test
        void an_increase_only_adds() {
            fixture.given(opened(), allocated())
                    .when(adjust("ZJ-1", AdjustmentType.INCREASE, new AdjustmentEntry(OFFICE, yuan("-1.00"), null)))
                    .expectException(rule("ADJUSTMENT_SIGN"));
        }

        @Test
        void a_decrease_only_removes() {
            fixture.given(opened(), allocated())
                    .when(adjust("ZJ-1", AdjustmentType.DECREASE, new AdjustmentEntry(OFFICE, yuan("1.00"), null)))
                    .expectException(rule("ADJUSTMENT_SIGN"));
        }

        @Test
        void no_entry_may_take_a_line_below_zero() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(adjust("ZJ-1", AdjustmentType.DECREASE, new AdjustmentEntry(OFFICE, yuan("-100.01"), null)))
                    .expectException(rule("INSUFFICIENT_BUDGET"));
        }

        @Test
        void a_decrease_may_take_a_line_exactly_to_zero() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(adjust("ZJ-1", AdjustmentType.DECREASE, new AdjustmentEntry(OFFICE, yuan("-100.00"), null)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_entry_may_open_a_new_line_of_a_known_project() {
            fixture.given(opened(), allocated())
                    .when(adjust("ZJ-1", AdjustmentType.INCREASE,
                            new AdjustmentEntry(NEW_LINE, yuan("300.00"), SYSTEM_RUNNING)))
                    .expectEvents(new AdjustmentApprovedEvent(BUDGET, "ZJ-1", AdjustmentType.INCREASE, APRIL_1, "事由",
                            List.of(new AdjustmentEntry(NEW_LINE, yuan("300.00"), SYSTEM_RUNNING))));
        }

        @Test
        void a_new_line_needs_its_project() {
            fixture.given(opened(), allocated())
                    .when(adjust("ZJ-1", AdjustmentType.INCREASE, new AdjustmentEntry(NEW_LINE, yuan("300.00"), null)))
                    .expectException(rule("PROJECT_MISSING"));
        }

        @Test
        void one_document_counts_once_however_often_it_is_sent() {
            AdjustmentEntry entry = new AdjustmentEntry(OFFICE, yuan("50.00"), null);
            fixture.given(opened(), allocated(), new AdjustmentApprovedEvent(BUDGET, "ZJ-1", AdjustmentType.INCREASE,
                            APRIL_1, "事由", List.of(new AdjustmentEntry(OFFICE, yuan("50.00"), PUBLIC_FUNDS))))
                    .when(adjust("ZJ-1", AdjustmentType.INCREASE, entry))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void the_same_number_with_other_content_is_a_conflict() {
            fixture.given(opened(), allocated(), new AdjustmentApprovedEvent(BUDGET, "ZJ-1", AdjustmentType.INCREASE,
                            APRIL_1, "事由", List.of(new AdjustmentEntry(OFFICE, yuan("50.00"), PUBLIC_FUNDS))))
                    .when(adjust("ZJ-1", AdjustmentType.INCREASE, new AdjustmentEntry(OFFICE, yuan("60.00"), null)))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }
    }

    @Nested
    class Correcting {

        static final String REASON = "批复录入错误：500 应为 50";

        CorrectAllocationCommand correct(String number, String approval, LineKey line, String amount) {
            return new CorrectAllocationCommand(BUDGET, number, MARCH_10, approval, line, yuan(amount), REASON);
        }

        AllocationCorrectedEvent corrected(String number, String from, String to) {
            return new AllocationCorrectedEvent(BUDGET, number, MARCH_10, "批复-1", OFFICE, PUBLIC_FUNDS, yuan(from),
                    yuan(to), REASON);
        }

        @Test
        void records_the_corrected_amount_of_an_allocation() {
            fixture.given(opened(), allocated())
                    .when(correct("GZ-1", "批复-1", OFFICE, "50.00"))
                    .expectEvents(corrected("GZ-1", "500.00", "50.00"))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void the_same_correction_sent_again_changes_nothing() {
            fixture.given(opened(), allocated(), corrected("GZ-1", "500.00", "50.00"))
                    .when(correct("GZ-1", "批复-1", OFFICE, "50.00"))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void the_same_number_with_other_content_is_a_conflict() {
            fixture.given(opened(), allocated(), corrected("GZ-1", "500.00", "50.00"))
                    .when(correct("GZ-1", "批复-1", OFFICE, "60.00"))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"))
                    .expectNoEvents();
        }

        @Test
        void a_second_correction_corrects_what_the_first_left() {
            fixture.given(opened(), allocated(), corrected("GZ-1", "500.00", "50.00"))
                    .when(correct("GZ-2", "批复-1", OFFICE, "60.00"))
                    .expectEvents(corrected("GZ-2", "50.00", "60.00"));
        }

        @Test
        void the_line_is_then_paid_from_its_corrected_budget() {
            fixture.given(opened(), allocated(), corrected("GZ-1", "500.00", "50.00"))
                    .when(pay("V1", OFFICE, "50.01"))
                    .expectResultMessagePayload(refusedForWantOfBudget("V1", yuan("50.01"), yuan("50.00")));
        }

        @Test
        void a_correction_may_not_take_the_available_balance_below_zero() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(correct("GZ-1", "批复-1", OFFICE, "399.99"))
                    .expectException(rule("INSUFFICIENT_BUDGET"))
                    .expectNoEvents();
        }

        @Test
        void a_correction_may_take_the_available_balance_exactly_to_zero() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(correct("GZ-1", "批复-1", OFFICE, "400.00"))
                    .expectEvents(corrected("GZ-1", "500.00", "400.00"));
        }

        @Test
        void a_corrected_amount_below_zero_is_refused() {
            fixture.given(opened(), allocated())
                    .when(correct("GZ-1", "批复-1", OFFICE, "-1.00"))
                    .expectException(rule("AMOUNT_NEGATIVE"))
                    .expectNoEvents();
        }

        @Test
        void a_correction_may_not_take_the_year_past_its_bound() {
            fixture.given(opened(), allocated())
                    .when(correct("GZ-1", "批复-1", OFFICE, Money.MAX.toString()))
                    .expectException(rule("BUDGET_TOTAL_TOO_LARGE"))
                    .expectNoEvents();
        }

        @Test
        void a_correction_of_an_approval_never_recorded_is_refused() {
            fixture.given(opened(), allocated())
                    .when(correct("GZ-1", "批复-9", OFFICE, "50.00"))
                    .expectException(rule("ALLOCATION_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void a_correction_of_a_line_the_approval_did_not_allocate_is_refused() {
            fixture.given(opened(), allocated(), new AdjustmentApprovedEvent(BUDGET, "ZJ-1", AdjustmentType.INCREASE,
                            JAN_1, "事由", List.of(new AdjustmentEntry(NEW_LINE, yuan("300.00"), SYSTEM_RUNNING))))
                    .when(correct("GZ-1", "批复-1", NEW_LINE, "50.00"))
                    .expectException(rule("ALLOCATION_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void a_correction_that_changes_nothing_is_refused() {
            fixture.given(opened(), allocated())
                    .when(correct("GZ-1", "批复-1", OFFICE, "500.00"))
                    .expectException(rule("CORRECTION_CHANGES_NOTHING"));
        }

        @Test
        void a_correction_may_not_precede_the_allocation() {
            fixture.given(opened(), new BudgetAllocatedEvent(BUDGET, "批复-1", MARCH_10.plusDays(1),
                            allocated().allocations()))
                    .when(correct("GZ-1", "批复-1", OFFICE, "50.00"))
                    .expectException(rule("CORRECTION_BEFORE_ALLOCATION"));
        }

        @Test
        void a_correction_says_why() {
            fixture.given(opened(), allocated())
                    .when(new CorrectAllocationCommand(BUDGET, "GZ-1", MARCH_10, "批复-1", OFFICE, yuan("50.00"), " "))
                    .expectException(rule("CORRECTION_REASON_MISSING"));
        }

        @Test
        void a_closed_year_takes_no_correction() {
            fixture.given(opened(), allocated(), new BudgetYearClosedEvent(BUDGET, BUDGET.lastDay(), UNIT_NAME, "503",
                            List.of()))
                    .when(correct("GZ-1", "批复-1", OFFICE, "50.00"))
                    .expectException(rule("YEAR_CLOSED"));
        }
    }

    @Nested
    class Paying {

        @Test
        void records_a_payment_within_the_available_balance() {
            fixture.given(opened(), allocated())
                    .when(pay("V1", OFFICE, "500.00"))
                    .expectEvents(paid("V1", OFFICE, "500.00"))
                    .expectResultMessagePayload(PaymentOutcome.recorded("V1", yuan("500.00"), yuan("0.00")));
        }

        @Test
        void refuses_and_records_a_payment_that_would_overdraw() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(pay("V2", OFFICE, "100.01"))
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("100.01"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET))
                    .expectResultMessagePayload(refusedForWantOfBudget("V2", yuan("100.01"), yuan("100.00")));
        }

        @Test
        void the_same_refused_attempt_sent_again_records_no_second_refusal() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"),
                            new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("100.01"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET))
                    .when(pay("V2", OFFICE, "100.01"))
                    .expectNoEvents()
                    .expectResultMessagePayload(refusedForWantOfBudget("V2", yuan("100.01"), yuan("100.00")));
        }

        @Test
        void the_same_attempt_meeting_another_answer_is_a_new_refusal() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "300.00"),
                            new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("300.00"), yuan("200.00"), PaymentRefusedEvent.WITHOUT_BUDGET),
                            paid("V3", OFFICE, "100.00"))
                    .when(pay("V2", OFFICE, "300.00"))
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("300.00"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET));
        }

        @Test
        void a_voucher_has_no_control_or_direction_characters() {
            fixture.given(opened(), allocated())
                    .when(pay("V\u0000", OFFICE, "1.00"))
                    .expectException(rule("TEXT_HAS_CONTROL_CHARACTERS"));
            fixture.given(opened(), allocated())
                    .when(pay("ZF\u202e0001", OFFICE, "1.00"))
                    .expectException(rule("TEXT_HAS_DIRECTION_CONTROLS"));
        }

        @Test
        void a_refused_voucher_may_be_sent_again_with_other_content() {
            fixture.given(opened(), allocated(),
                            new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("600.00"), yuan("500.00"), PaymentRefusedEvent.WITHOUT_BUDGET))
                    .when(pay("V2", OFFICE, "500.00"))
                    .expectEvents(paid("V2", OFFICE, "500.00"));
        }

        @Test
        void a_payment_names_an_existing_line() {
            fixture.given(opened(), allocated())
                    .when(pay("V1", NEW_LINE, "1.00"))
                    .expectException(rule("LINE_NOT_FOUND"));
        }

        @Test
        void the_same_voucher_sent_again_changes_nothing() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(pay("V1", OFFICE, "400.00"))
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentOutcome.unchanged("V1", yuan("400.00"), yuan("100.00")));
        }

        @Test
        void the_same_voucher_with_other_content_is_a_conflict() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(pay("V1", OFFICE, "400.01"))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }

        @Test
        void the_same_voucher_with_another_payee_or_summary_is_a_conflict() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(new RecordPaymentCommand(BUDGET, "V1", MARCH_10, OFFICE, yuan("400.00"), "另一公司", "运维费"))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(new RecordPaymentCommand(BUDGET, "V1", MARCH_10, OFFICE, yuan("400.00"), "某公司", null))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }

        @Test
        void amounts_are_positive() {
            fixture.given(opened(), allocated())
                    .when(pay("V1", OFFICE, "-1.00"))
                    .expectException(rule("AMOUNT_NOT_POSITIVE"));
        }

        @Test
        void the_date_lies_inside_the_year() {
            fixture.given(opened(), allocated())
                    .when(new RecordPaymentCommand(BUDGET, "V1", LocalDate.of(2026, 1, 1), OFFICE, yuan("1.00"), null, null))
                    .expectException(rule("DATE_OUTSIDE_YEAR"));
        }

        @Test
        void a_year_nobody_opened_takes_no_payment() {
            fixture.givenNoPriorActivity()
                    .when(pay("V1", OFFICE, "1.00"))
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }
    }

    @Nested
    class Reversing {

        static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);

        @Test
        void the_whole_amount_comes_back_to_the_line() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_20, null, "退回"))
                    .expectEvents(new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_20, OFFICE, yuan("400.00"), "退回"));
        }

        @Test
        void after_a_reversal_the_line_can_pay_its_whole_budget_again() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"),
                            new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_20, OFFICE, yuan("400.00"), null))
                    .when(pay("V2", OFFICE, "500.00"))
                    .expectEvents(paid("V2", OFFICE, "500.00"));
        }

        @Test
        void names_a_payment_that_exists() {
            fixture.given(opened(), allocated())
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V404", MARCH_20, null, null))
                    .expectException(rule("PAYMENT_NOT_FOUND"));
        }

        @Test
        void a_payment_is_reversed_once() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"),
                            new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_20, OFFICE, yuan("400.00"), null))
                    .when(new ReversePaymentCommand(BUDGET, "R2", "V1", MARCH_20, null, null))
                    .expectException(rule("PAYMENT_ALREADY_REVERSED"));
        }

        @Test
        void the_same_reversal_sent_again_changes_nothing() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"),
                            new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_20, OFFICE, yuan("400.00"), null))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_20, null, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void a_given_amount_must_be_the_original() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_20, yuan("399.00"), null))
                    .expectException(rule("REVERSAL_AMOUNT_MISMATCH"));
        }

        @Test
        void cannot_come_before_the_payment() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", LocalDate.of(2025, 3, 9), null, null))
                    .expectException(rule("REVERSAL_BEFORE_PAYMENT"));
        }

        @Test
        void takes_a_voucher_number_of_its_own() {
            fixture.given(opened(), allocated(), paid("V1", OFFICE, "400.00"))
                    .when(new ReversePaymentCommand(BUDGET, "V1", "V1", MARCH_20, null, null))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }
    }

    @Nested
    class ClosingTheYear {

        static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

        @Test
        void carries_forward_unspent_project_expenditure_and_records_the_basic_expenditure_balance_as_lapsed() {
            fixture.given(opened(), allocated(), paid("V1", MAINTENANCE, "300.00"), paid("V2", OFFICE, "100.00"))
                    .when(new CloseBudgetYearCommand(BUDGET, DEC_31))
                    .expectEvents(new YearEndBalancesEvent(BUDGET, DEC_31,
                                    List.of(new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("700.00"))),
                                    List.of(new Allocation(OFFICE, PUBLIC_FUNDS, yuan("400.00")))),
                            new BudgetYearClosedEvent(BUDGET, DEC_31, UNIT_NAME, "503", List.of(
                                    new Allocation(MAINTENANCE.carriedOver(), SYSTEM_RUNNING, yuan("700.00")))))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void a_year_without_unspent_balances_closes_with_no_balances_recorded() {
            fixture.given(opened(), allocated(), paid("V1", MAINTENANCE, "1000.00"), paid("V2", OFFICE, "500.00"))
                    .when(new CloseBudgetYearCommand(BUDGET, DEC_31))
                    .expectEvents(new BudgetYearClosedEvent(BUDGET, DEC_31, UNIT_NAME, "503", List.of()));
        }

        @Test
        void is_dated_the_last_day_of_the_year() {
            fixture.given(opened(), allocated())
                    .when(new CloseBudgetYearCommand(BUDGET, LocalDate.of(2025, 6, 30)))
                    .expectNoEvents()
                    .expectException(rule("CLOSING_DATE_NOT_YEAR_END"));
        }

        @Test
        void a_closing_with_no_date_is_refused() {
            fixture.given(opened(), allocated())
                    .when(new CloseBudgetYearCommand(BUDGET, null))
                    .expectNoEvents()
                    .expectException(rule("DATE_MISSING"));
        }

        @Test
        void closing_a_closed_year_on_another_date_is_refused_too() {
            fixture.given(opened(), new BudgetYearClosedEvent(BUDGET, DEC_31, UNIT_NAME, "503", List.of()))
                    .when(new CloseBudgetYearCommand(BUDGET, LocalDate.of(2026, 12, 31)))
                    .expectNoEvents()
                    .expectException(rule("CLOSING_DATE_NOT_YEAR_END"));
        }

        @Test
        void a_closed_year_takes_no_more_entries() {
            fixture.given(opened(), allocated(), new BudgetYearClosedEvent(BUDGET, DEC_31, UNIT_NAME, "503", List.of()))
                    .when(pay("V9", OFFICE, "1.00"))
                    .expectException(rule("YEAR_CLOSED"));
        }

        @Test
        void closing_twice_changes_nothing() {
            fixture.given(opened(), allocated(), new YearEndBalancesEvent(BUDGET, DEC_31,
                                    List.of(new Allocation(MAINTENANCE, SYSTEM_RUNNING, yuan("1000.00"))),
                                    List.of(new Allocation(OFFICE, PUBLIC_FUNDS, yuan("500.00")))),
                            new BudgetYearClosedEvent(BUDGET, DEC_31, UNIT_NAME, "503", List.of(
                                    new Allocation(MAINTENANCE.carriedOver(), SYSTEM_RUNNING, yuan("1000.00")))))
                    .when(new CloseBudgetYearCommand(BUDGET, DEC_31))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void the_next_year_opens_with_the_balances_as_carried_over_lines() {
            UnitYear next = BUDGET.next();
            List<Allocation> balances = List.of(new Allocation(MAINTENANCE.carriedOver(), SYSTEM_RUNNING, yuan("700.00")));
            fixture.givenNoPriorActivity()
                    .when(new CarryForwardBalancesCommand(next, BUDGET, UNIT_NAME, "503", balances))
                    .expectEvents(new BudgetYearOpenedEvent(next, UNIT_NAME, "503"),
                            new BudgetAllocatedEvent(next, "上年结转-2025", LocalDate.of(2026, 1, 1), balances,
                                    AllocationType.CARRIED_OVER));
        }

        @Test
        void carrying_forward_again_changes_nothing() {
            UnitYear next = BUDGET.next();
            List<Allocation> balances = List.of(new Allocation(MAINTENANCE.carriedOver(), SYSTEM_RUNNING, yuan("700.00")));
            fixture.given(new BudgetYearOpenedEvent(next, UNIT_NAME, "503"),
                            new BudgetAllocatedEvent(next, "上年结转-2025", LocalDate.of(2026, 1, 1), balances,
                                    AllocationType.CARRIED_OVER))
                    .when(new CarryForwardBalancesCommand(next, BUDGET, UNIT_NAME, "503", balances))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }
    }

    /** The answer of a payment refused for want of available balance (无预算不支出). */
    private static PaymentOutcome refusedForWantOfBudget(String voucher, Money amount, Money available) {
        return PaymentOutcome.refused(voucher, amount, available, PaymentRefusedEvent.WITHOUT_BUDGET,
                NoSpendingWithoutBudget.refusal(amount, available).message());
    }
}
