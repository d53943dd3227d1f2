package cn.budgetledger.command.domain;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.PlaceFreezeCommand;
import cn.budgetledger.api.commands.ReleaseFreezeCommand;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.FreezePlacedEvent;
import cn.budgetledger.api.events.FreezeReleasedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static cn.budgetledger.command.domain.LedgerRules.rule;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.BUDGET;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MAINTENANCE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MARCH_10;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.NEW_LINE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.SYSTEM_RUNNING;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.UNIT_NAME;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.allocated;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.opened;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.paid;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.pay;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 冻结 / 解冻: a freeze reserves money of its line until released; every rule of both, given/when/then. */
class FreezesTest {

    static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
    static final LocalDate MAY_5 = LocalDate.of(2025, 5, 5);

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    static PlaceFreezeCommand freeze(String document, LineKey line, String amount) {
        return new PlaceFreezeCommand(BUDGET, document, MARCH_10, line, amount == null ? null : yuan(amount),
                FreezeKind.CONTRACT, "运维合同 HT-2025-01");
    }

    static FreezePlacedEvent frozen(String document, String amount) {
        return new FreezePlacedEvent(BUDGET, document, MARCH_10, MAINTENANCE, SYSTEM_RUNNING, yuan(amount),
                FreezeKind.CONTRACT, "运维合同 HT-2025-01");
    }

    static FreezeReleasedEvent released(String document, LocalDate date, String amount) {
        return new FreezeReleasedEvent(BUDGET, document, date, MAINTENANCE, yuan(amount));
    }

    static ReleaseFreezeCommand release(String document, LocalDate date, String amount) {
        return new ReleaseFreezeCommand(BUDGET, document, date, amount == null ? null : yuan(amount));
    }

    @Nested
    class PlacingAFreeze {

        @Test
        void reserves_the_amount_on_its_line() {
            fixture.given(opened(), allocated())
                    .when(freeze("DJ-1", MAINTENANCE, "600.00"))
                    .expectEvents(frozen("DJ-1", "600.00"))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void the_same_freeze_sent_again_changes_nothing() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(freeze("DJ-1", MAINTENANCE, "600.00"))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void the_same_number_with_other_content_is_a_conflict() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(freeze("DJ-1", MAINTENANCE, "600.01"))
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }

        @Test
        void may_not_reserve_more_than_the_line_has_available() {
            fixture.given(opened(), allocated(), paid("V1", MAINTENANCE, "300.00"))
                    .when(freeze("DJ-1", MAINTENANCE, "700.01"))
                    .expectNoEvents()
                    .expectException(rule("INSUFFICIENT_BUDGET"));
        }

        @Test
        void may_reserve_exactly_what_is_available() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(freeze("DJ-2", MAINTENANCE, "400.00"))
                    .expectEvents(new FreezePlacedEvent(BUDGET, "DJ-2", MARCH_10, MAINTENANCE, SYSTEM_RUNNING,
                            yuan("400.00"), FreezeKind.CONTRACT, "运维合同 HT-2025-01"));
        }

        @Test
        void an_earlier_freeze_counts_against_the_next() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(freeze("DJ-2", MAINTENANCE, "400.01"))
                    .expectException(rule("INSUFFICIENT_BUDGET"));
        }

        @Test
        void names_an_existing_line() {
            fixture.given(opened(), allocated())
                    .when(freeze("DJ-1", NEW_LINE, "1.00"))
                    .expectException(rule("LINE_NOT_FOUND"));
        }

        @Test
        void names_a_line_at_all() {
            fixture.given(opened(), allocated())
                    .when(freeze("DJ-1", null, "1.00"))
                    .expectException(rule("LINE_MISSING"));
        }

        @Test
        void has_a_positive_amount() {
            fixture.given(opened(), allocated())
                    .when(freeze("DJ-1", MAINTENANCE, "0.00"))
                    .expectException(rule("AMOUNT_NOT_POSITIVE"));
        }

        @Test
        void has_a_kind() {
            fixture.given(opened(), allocated())
                    .when(new PlaceFreezeCommand(BUDGET, "DJ-1", MARCH_10, MAINTENANCE, yuan("1.00"), null, "合同"))
                    .expectException(rule("FREEZE_KIND_MISSING"));
        }

        @Test
        void has_a_reason() {
            fixture.given(opened(), allocated())
                    .when(new PlaceFreezeCommand(BUDGET, "DJ-1", MARCH_10, MAINTENANCE, yuan("1.00"),
                            FreezeKind.PROCUREMENT, "  "))
                    .expectException(rule("FREEZE_REASON_MISSING"));
        }

        @Test
        void has_a_document_number() {
            fixture.given(opened(), allocated())
                    .when(freeze(" ", MAINTENANCE, "1.00"))
                    .expectException(rule("DOCUMENT_NUMBER_MISSING"));
        }

        @Test
        void is_dated_inside_the_year() {
            fixture.given(opened(), allocated())
                    .when(new PlaceFreezeCommand(BUDGET, "DJ-1", LocalDate.of(2026, 1, 1), MAINTENANCE,
                            yuan("1.00"), FreezeKind.OTHER, "预留"))
                    .expectException(rule("DATE_OUTSIDE_YEAR"));
        }

        @Test
        void is_refused_in_a_closed_year() {
            fixture.given(opened(), allocated(), new BudgetYearClosedEvent(BUDGET, BUDGET.lastDay(), UNIT_NAME, "503",
                            List.of()))
                    .when(freeze("DJ-1", MAINTENANCE, "1.00"))
                    .expectException(rule("YEAR_CLOSED"));
        }

        @Test
        void holds_money_a_payment_then_cannot_take() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(pay("V1", MAINTENANCE, "400.01"))
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V1", MARCH_10, MAINTENANCE, yuan("400.01"),
                            yuan("400.00"), PaymentRefusedEvent.WITHOUT_BUDGET));
        }
    }

    @Nested
    class ReleasingAFreeze {

        @Test
        void gives_back_part_of_it() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(release("DJ-1", APRIL_1, "200.00"))
                    .expectEvents(released("DJ-1", APRIL_1, "200.00"))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void without_an_amount_gives_back_all_that_is_left() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), released("DJ-1", APRIL_1, "200.00"))
                    .when(release("DJ-1", MAY_5, null))
                    .expectEvents(released("DJ-1", MAY_5, "400.00"));
        }

        @Test
        void released_money_may_be_paid_again() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "1000.00"), released("DJ-1", APRIL_1, "300.00"))
                    .when(pay("V1", MAINTENANCE, "300.00"))
                    .expectEvents(paid("V1", MAINTENANCE, "300.00"));
        }

        @Test
        void the_same_release_sent_again_changes_nothing() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), released("DJ-1", APRIL_1, "500.00"))
                    .when(release("DJ-1", APRIL_1, "500.00"))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void another_amount_on_the_same_day_is_another_release() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), released("DJ-1", APRIL_1, "500.00"))
                    .when(release("DJ-1", APRIL_1, "100.00"))
                    .expectEvents(released("DJ-1", APRIL_1, "100.00"));
        }

        @Test
        void releasing_all_when_nothing_is_left_changes_nothing() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), released("DJ-1", APRIL_1, "600.00"))
                    .when(release("DJ-1", MAY_5, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void may_not_give_back_more_than_is_still_frozen() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), released("DJ-1", APRIL_1, "200.00"))
                    .when(release("DJ-1", MAY_5, "400.01"))
                    .expectException(rule("RELEASE_EXCEEDS_FROZEN"));
        }

        @Test
        void names_a_freeze_of_the_year() {
            fixture.given(opened(), allocated())
                    .when(release("DJ-9", APRIL_1, "1.00"))
                    .expectException(rule("FREEZE_NOT_FOUND"));
        }

        @Test
        void is_not_dated_before_the_freeze() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(release("DJ-1", MARCH_10.minusDays(1), "1.00"))
                    .expectException(rule("RELEASE_BEFORE_FREEZE"));
        }

        @Test
        void has_a_positive_amount_when_it_has_one() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(release("DJ-1", APRIL_1, "-1.00"))
                    .expectException(rule("AMOUNT_NOT_POSITIVE"));
        }

        @Test
        void is_refused_in_a_closed_year() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), new BudgetYearClosedEvent(BUDGET,
                            BUDGET.lastDay(), UNIT_NAME, "503", List.of()))
                    .when(release("DJ-1", BUDGET.lastDay(), null))
                    .expectException(rule("YEAR_CLOSED"));
        }
    }

    @Test
    void an_unknown_kind_is_refused_by_name() {
        assertThat(FreezeKind.of("财政冻结")).isEqualTo(FreezeKind.FISCAL_HOLD);
        assertThatThrownBy(() -> FreezeKind.of("借款")).isInstanceOfSatisfying(LedgerException.class,
                failure -> assertThat(failure.code()).isEqualTo("FREEZE_KIND_UNKNOWN"));
    }

    @Test
    void a_freeze_may_take_exactly_the_available_balance() {
        assertThat(NoSpendingWithoutBudget.checkFreeze(MAINTENANCE, yuan("10.00"), yuan("10.00"))).isEmpty();
        assertThat(NoSpendingWithoutBudget.checkFreeze(MAINTENANCE, yuan("10.00"), Money.ofFen(1001)))
                .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("INSUFFICIENT_BUDGET"));
    }

    @Nested
    class ClosingTheYear {

        @Test
        void is_refused_while_a_freeze_holds_money_naming_it() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"))
                    .when(new CloseBudgetYearCommand(BUDGET, BUDGET.lastDay()))
                    .expectNoEvents()
                    .expectException(LedgerException.class)
                    .expectExceptionMessage(containsString("DJ-1"));
        }

        @Test
        void goes_ahead_once_every_freeze_is_released() {
            fixture.given(opened(), allocated(), frozen("DJ-1", "600.00"), released("DJ-1", APRIL_1, "600.00"))
                    .when(new CloseBudgetYearCommand(BUDGET, BUDGET.lastDay()))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }
    }
}
