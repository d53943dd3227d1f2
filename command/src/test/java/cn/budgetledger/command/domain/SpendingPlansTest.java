package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.PlanMonth;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.SetSpendingPlanCommand;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.SpendingPlanSetEvent;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static cn.budgetledger.command.domain.LedgerRules.rule;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.BUDGET;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MAINTENANCE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.OFFICE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.SYSTEM_RUNNING;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.UNIT_NAME;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.allocated;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.opened;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.yuan;

/** 用款计划: a line's monthly plan, set and revised, and the payments it refuses (the maintenance line has 1000.00). */
class SpendingPlansTest {

    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    static final LocalDate JUNE_5 = LocalDate.of(2025, 6, 5);

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    static SetSpendingPlanCommand plan(LineKey line, PlanMonth... months) {
        return new SetSpendingPlanCommand(BUDGET, line, List.of(months));
    }

    static PlanMonth month(int month, String amount) {
        return new PlanMonth(month, yuan(amount));
    }

    /** The event of a plan: all twelve months, zero where none is named. */
    static SpendingPlanSetEvent planSet(LineKey line, PlanMonth... months) {
        List<PlanMonth> all = new ArrayList<>(IntStream.rangeClosed(1, 12).mapToObj(m -> new PlanMonth(m, Money.ZERO))
                .toList());
        Arrays.stream(months).forEach(month -> all.set(month.month() - 1, month));
        return new SpendingPlanSetEvent(BUDGET, line, SYSTEM_RUNNING, all);
    }

    static RecordPaymentCommand pay(String voucher, LocalDate date, String amount) {
        return new RecordPaymentCommand(BUDGET, voucher, date, MAINTENANCE, yuan(amount), "某公司", "运维费");
    }

    static PaymentRecordedEvent paid(String voucher, LocalDate date, String amount) {
        return new PaymentRecordedEvent(BUDGET, voucher, date, MAINTENANCE, yuan(amount), "某公司", "运维费");
    }

    @Nested
    class SettingAPlan {

        @Test
        void aPlanNamesEveryMonthOfTheYear() {
            fixture.given(opened(), allocated())
                    .when(plan(MAINTENANCE, month(6, "300.00"), month(3, "300.00")))
                    .expectEvents(planSet(MAINTENANCE, month(3, "300.00"), month(6, "300.00")))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void aPlanSetAgainWithOtherAmountsRevisesIt() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00")))
                    .when(plan(MAINTENANCE, month(3, "500.00")))
                    .expectEvents(planSet(MAINTENANCE, month(3, "500.00")))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void theSamePlanAgainChangesNothing() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00")))
                    .when(plan(MAINTENANCE, month(1, "0.00"), month(3, "300.00")))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void aMonthOutsideTheYearIsRefused() {
            fixture.given(opened(), allocated())
                    .when(plan(MAINTENANCE, month(13, "300.00")))
                    .expectNoEvents()
                    .expectException(rule("PLAN_MONTH_INVALID"));
        }

        @Test
        void aMonthNamedTwiceIsRefused() {
            fixture.given(opened(), allocated())
                    .when(plan(MAINTENANCE, month(3, "300.00"), month(3, "200.00")))
                    .expectNoEvents()
                    .expectException(rule("PLAN_MONTH_DUPLICATE"));
        }

        @Test
        void aNegativeAmountIsRefused() {
            fixture.given(opened(), allocated())
                    .when(plan(MAINTENANCE, month(3, "-1.00")))
                    .expectNoEvents()
                    .expectException(rule("AMOUNT_NEGATIVE"));
        }

        @Test
        void aLineThatDoesNotExistHasNoPlan() {
            fixture.given(opened(), allocated())
                    .when(plan(UnitYearBudgetTest.NEW_LINE, month(3, "300.00")))
                    .expectNoEvents()
                    .expectException(rule("LINE_NOT_FOUND"));
        }

        @Test
        void aClosedYearTakesNoPlan() {
            fixture.given(opened(), allocated(), new BudgetYearClosedEvent(BUDGET, BUDGET.lastDay(), UNIT_NAME, "503",
                            List.of()))
                    .when(plan(MAINTENANCE, month(3, "300.00")))
                    .expectNoEvents()
                    .expectException(rule("YEAR_CLOSED"));
        }
    }

    @Nested
    class PayingAgainstThePlan {

        @Test
        void aPaymentPastTheCumulativePlanOfItsMonthIsRefusedAndRecordedAsARefusal() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00"), month(6, "300.00")),
                            paid("V1", MARCH_10, "200.00"))
                    .when(pay("V2", MARCH_10, "100.01"))
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, MAINTENANCE, yuan("100.01"),
                            yuan("800.00"), PaymentsStayWithinThePlan.CODE))
                    .expectResultMessagePayload(PaymentOutcome.refused("V2", yuan("100.01"), yuan("800.00"),
                            "PLAN_EXCEEDED", "拒付：截至 3 月累计用款计划 300.00 元，已累计执行 200.00 元，再支付 100.01 元将超过"
                                    + "用款计划。拒付已记录，凭证号可重新使用。"));
        }

        @Test
        void aPaymentWithinTheCumulativePlanIsPaid() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00"), month(6, "300.00")),
                            paid("V1", MARCH_10, "200.00"))
                    .when(pay("V2", MARCH_10, "100.00"))
                    .expectEvents(paid("V2", MARCH_10, "100.00"));
        }

        @Test
        void aLaterMonthMayUseWhatEarlierMonthsLeft() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00"), month(6, "300.00")),
                            paid("V1", MARCH_10, "100.00"))
                    .when(pay("V2", JUNE_5, "500.00"))
                    .expectEvents(paid("V2", JUNE_5, "500.00"));
        }

        @Test
        void theRefusedPaymentIsPaidOnceTheMonthsPlanGrows() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00")),
                            new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, MAINTENANCE, yuan("400.00"),
                                    yuan("1000.00"), PaymentsStayWithinThePlan.CODE),
                            planSet(MAINTENANCE, month(3, "400.00")))
                    .when(pay("V2", MARCH_10, "400.00"))
                    .expectEvents(paid("V2", MARCH_10, "400.00"));
        }

        @Test
        void paymentsDatedLaterCountInTheirMonths() {
            // June's cumulative plan is 600.00 and June already executed 400.00: March may add at most 200.00.
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00"), month(6, "300.00")),
                            paid("V1", JUNE_5, "400.00"))
                    .when(pay("V2", MARCH_10, "250.00"))
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, MAINTENANCE, yuan("250.00"),
                            yuan("600.00"), PaymentsStayWithinThePlan.CODE))
                    .expectResultMessagePayload(PaymentOutcome.refused("V2", yuan("250.00"), yuan("600.00"),
                            "PLAN_EXCEEDED", "拒付：截至 6 月累计用款计划 600.00 元，已累计执行 400.00 元，再支付 250.00 元将超过"
                                    + "用款计划。拒付已记录，凭证号可重新使用。"));
        }

        @Test
        void aReversalGivesItsMonthBackToThePlan() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00")),
                            paid("V1", MARCH_10, "300.00"),
                            new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_10, MAINTENANCE, yuan("300.00"), "退回"))
                    .when(pay("V2", MARCH_10, "300.00"))
                    .expectEvents(paid("V2", MARCH_10, "300.00"));
        }

        @Test
        void aReversalIsNotCheckedAgainstThePlan() {
            fixture.given(opened(), allocated(), paid("V1", MARCH_10, "300.00"), planSet(MAINTENANCE))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_10, null, "退回"))
                    .expectEvents(new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_10, MAINTENANCE, yuan("300.00"),
                            "退回"));
        }

        @Test
        void withoutBudgetTheRefusalIsForWantOfBudgetFirst() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE, month(3, "300.00")))
                    .when(pay("V1", MARCH_10, "1000.01"))
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V1", MARCH_10, MAINTENANCE, yuan("1000.01"),
                            yuan("1000.00"), PaymentRefusedEvent.WITHOUT_BUDGET));
        }

        @Test
        void aLineWithoutAPlanIsNotChecked() {
            fixture.given(opened(), allocated(), planSet(MAINTENANCE))
                    .when(new RecordPaymentCommand(BUDGET, "V1", MARCH_10, OFFICE, yuan("500.00"), "某公司", "办公"))
                    .expectEvents(new PaymentRecordedEvent(BUDGET, "V1", MARCH_10, OFFICE, yuan("500.00"), "某公司",
                            "办公"));
        }
    }
}
