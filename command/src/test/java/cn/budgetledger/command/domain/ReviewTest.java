package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.commands.CarryForwardBalancesCommand;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.api.commands.ApproveEntryCommand;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import cn.budgetledger.api.commands.ReturnEntryCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.api.commands.SetReviewRequirementCommand;
import cn.budgetledger.api.events.EntryApprovedEvent;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.ReversalEnteredEvent;
import cn.budgetledger.api.events.ReviewRequirementSetEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static cn.budgetledger.command.domain.LedgerRules.rule;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.BUDGET;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MARCH_10;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.OFFICE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.UNIT_NAME;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.allocated;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.opened;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.paid;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.pay;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.yuan;

/** 制单 → 审核 → 记账: in a unit-year that requires review, payments and reversals wait for a reviewer. */
class ReviewTest {

    static final Map<String, String> BY_ACCOUNTANT = Map.of("recordedBy", "kuaiji");
    static final Map<String, String> BY_REVIEWER = Map.of("recordedBy", "shenhe");
    static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);
    static final ReviewRequirementSetEvent REVIEW_ON = new ReviewRequirementSetEvent(BUDGET, true);

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    /** OFFICE has 500.00. */
    static List<Object> reviewedYear(Object... more) {
        List<Object> history = new ArrayList<>(List.of(opened(), allocated(), REVIEW_ON));
        history.addAll(List.of(more));
        return history;
    }

    static PaymentEnteredEvent entered(String voucher, String amount) {
        return new PaymentEnteredEvent(BUDGET, voucher, MARCH_10, OFFICE, yuan(amount), "某公司", "运维费", "kuaiji");
    }

    static EntryApprovedEvent approvedV1() {
        return new EntryApprovedEvent(BUDGET, "V1", MARCH_10, OFFICE, yuan("400.00"), "shenhe");
    }

    static EntryReturnedEvent returnedV1() {
        return new EntryReturnedEvent(BUDGET, "V1", MARCH_10, OFFICE, yuan("400.00"), "附件不全", "shenhe");
    }

    @Nested
    class TurningReviewOnAndOff {

        @Test
        void a_year_opened_with_review_requires_it() {
            fixture.givenNoPriorActivity()
                    .when(new OpenBudgetYearCommand(BUDGET, UNIT_NAME, "503", true))
                    .expectEvents(opened(), REVIEW_ON)
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void opening_the_year_again_cannot_turn_review_off() {
            fixture.given(opened(), REVIEW_ON)
                    .when(new OpenBudgetYearCommand(BUDGET, UNIT_NAME, "503", false))
                    .expectNoEvents()
                    .expectException(rule("REVIEW_SET_BY_ADMINISTRATOR"));
        }

        @Test
        void opening_it_again_without_saying_changes_nothing() {
            fixture.given(opened(), REVIEW_ON)
                    .when(new OpenBudgetYearCommand(BUDGET, UNIT_NAME, "503"))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void an_administrator_turns_it_on_and_the_same_value_again_changes_nothing() {
            fixture.given(opened())
                    .when(new SetReviewRequirementCommand(BUDGET, true))
                    .expectEvents(REVIEW_ON)
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
            fixture.given(opened(), REVIEW_ON)
                    .when(new SetReviewRequirementCommand(BUDGET, true))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void without_review_a_payment_is_recorded_at_once_as_before() {
            fixture.given(opened(), allocated(), REVIEW_ON, new ReviewRequirementSetEvent(BUDGET, false))
                    .when(pay("V1", OFFICE, "400.00"), BY_ACCOUNTANT)
                    .expectEvents(paid("V1", OFFICE, "400.00"))
                    .expectResultMessagePayload(PaymentOutcome.recorded("V1", yuan("400.00"), yuan("100.00")));
        }
    }

    @Nested
    class Entering {

        @Test
        void an_entered_payment_reserves_its_amount_and_is_not_executed() {
            fixture.given(reviewedYear())
                    .when(pay("V1", OFFICE, "400.00"), BY_ACCOUNTANT)
                    .expectEvents(entered("V1", "400.00"))
                    .expectResultMessagePayload(PaymentOutcome.awaitingReview("V1", yuan("400.00"), yuan("100.00")));
        }

        @Test
        void the_reservation_counts_against_the_next_payment() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(pay("V2", OFFICE, "100.01"), BY_ACCOUNTANT)
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("100.01"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET))
                    .expectResultMessagePayload(refusedForWantOfBudget("V2", yuan("100.01"), yuan("100.00")));
        }

        @Test
        void the_same_entry_sent_again_is_the_same_answer_and_other_content_a_conflict() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(pay("V1", OFFICE, "400.00"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentOutcome.awaitingReview("V1", yuan("400.00"), yuan("100.00")));
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(pay("V1", OFFICE, "300.00"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
        }

        @Test
        void an_imported_journal_is_entered_row_by_row() {
            fixture.given(reviewedYear())
                    .when(new RecordPaymentsCommand(BUDGET, List.of(pay("V1", OFFICE, "400.00"),
                            pay("V2", OFFICE, "100.00"))), BY_ACCOUNTANT)
                    .expectEvents(entered("V1", "400.00"), entered("V2", "100.00"))
                    .expectResultMessagePayload(List.of(
                            PaymentOutcome.awaitingReview("V1", yuan("400.00"), yuan("100.00")),
                            PaymentOutcome.awaitingReview("V2", yuan("100.00"), yuan("0.00"))));
        }
    }

    @Nested
    class Approving {

        @Test
        void an_approved_payment_is_recorded_on_its_entry_date() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), BY_REVIEWER)
                    .expectEvents(approvedV1(), paid("V1", OFFICE, "400.00"))
                    .expectResultMessagePayload(PaymentOutcome.recorded("V1", yuan("400.00"), yuan("100.00")));
        }

        @Test
        void the_one_who_entered_it_may_never_approve_it() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectException(rule("SEGREGATION_OF_DUTIES"));
        }

        @Test
        void an_unknown_voucher_is_not_found() {
            fixture.given(reviewedYear())
                    .when(new ApproveEntryCommand(BUDGET, "V9"), BY_REVIEWER)
                    .expectNoEvents()
                    .expectException(rule("ENTRY_NOT_FOUND"));
        }

        @Test
        void approving_it_again_changes_nothing() {
            fixture.given(reviewedYear(entered("V1", "400.00"), approvedV1(),
                            paid("V1", OFFICE, "400.00")))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), Map.of("recordedBy", "another"))
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentOutcome.unchanged("V1", yuan("400.00"), yuan("100.00")));
        }

        @Test
        void a_returned_entry_is_no_longer_awaiting_review() {
            fixture.given(reviewedYear(entered("V1", "400.00"), returnedV1()))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), BY_REVIEWER)
                    .expectNoEvents()
                    .expectException(rule("ENTRY_NOT_AWAITING_REVIEW"));
        }

        /** Here the line lost money behind the reservation's back (a recorded history); a spending plan can too. */
        @Test
        void approval_checks_the_line_again_and_refuses_what_it_can_no_longer_bear() {
            fixture.given(reviewedYear(entered("V1", "400.00"), paid("V0", OFFICE, "300.00")))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), BY_REVIEWER)
                    .expectEvents(approvedV1(),
                            new PaymentRefusedEvent(BUDGET, "V1", MARCH_10, OFFICE, yuan("400.00"), yuan("200.00"), PaymentRefusedEvent.WITHOUT_BUDGET))
                    .expectResultMessagePayload(refusedForWantOfBudget("V1", yuan("400.00"), yuan("200.00")));
        }

        @Test
        void a_payment_refused_on_approval_leaves_its_voucher_free() {
            fixture.given(reviewedYear(entered("V1", "400.00"), paid("V0", OFFICE, "300.00"),
                            approvedV1(),
                            new PaymentRefusedEvent(BUDGET, "V1", MARCH_10, OFFICE, yuan("400.00"), yuan("200.00"), PaymentRefusedEvent.WITHOUT_BUDGET)))
                    .when(pay("V1", OFFICE, "150.00"), BY_ACCOUNTANT)
                    .expectEvents(entered("V1", "150.00"));
        }
    }

    @Nested
    class Returning {

        @Test
        void a_return_releases_the_reservation() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new ReturnEntryCommand(BUDGET, "V1", " 附件不全 "), BY_REVIEWER)
                    .expectEvents(returnedV1())
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
            fixture.given(reviewedYear(entered("V1", "400.00"), returnedV1()))
                    .when(pay("V2", OFFICE, "500.00"), BY_ACCOUNTANT)
                    .expectEvents(new PaymentEnteredEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("500.00"), "某公司",
                            "运维费", "kuaiji"));
        }

        @Test
        void a_returned_voucher_may_be_entered_again_with_other_content() {
            fixture.given(reviewedYear(entered("V1", "400.00"), returnedV1()))
                    .when(pay("V1", OFFICE, "350.00"), BY_ACCOUNTANT)
                    .expectEvents(entered("V1", "350.00"))
                    .expectResultMessagePayload(PaymentOutcome.awaitingReview("V1", yuan("350.00"), yuan("150.00")));
        }

        @Test
        void a_return_says_why() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new ReturnEntryCommand(BUDGET, "V1", " "), BY_REVIEWER)
                    .expectNoEvents()
                    .expectException(rule("RETURN_REASON_MISSING"));
        }

        @Test
        void the_enterer_does_not_return_their_own_entry_either() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new ReturnEntryCommand(BUDGET, "V1", "撤回"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectException(rule("SEGREGATION_OF_DUTIES"));
        }

        @Test
        void an_approved_entry_is_not_returned_and_a_returned_one_returned_again_changes_nothing() {
            fixture.given(reviewedYear(entered("V1", "400.00"), approvedV1(),
                            paid("V1", OFFICE, "400.00")))
                    .when(new ReturnEntryCommand(BUDGET, "V1", "附件不全"), BY_REVIEWER)
                    .expectNoEvents()
                    .expectException(rule("ENTRY_ALREADY_APPROVED"));
            fixture.given(reviewedYear(entered("V1", "400.00"), returnedV1()))
                    .when(new ReturnEntryCommand(BUDGET, "V1", "附件不全"), BY_REVIEWER)
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }
    }

    @Nested
    class Reversals {

        static final ReversalEnteredEvent REVERSAL_ENTERED = new ReversalEnteredEvent(BUDGET, "R1", "V1", MARCH_20,
                OFFICE, yuan("400.00"), "退款", "kuaiji");

        @Test
        void a_reversal_awaits_review_and_gives_nothing_back_until_approved() {
            fixture.given(reviewedYear(paid("V1", OFFICE, "400.00")))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_20, null, "退款"), BY_ACCOUNTANT)
                    .expectEvents(REVERSAL_ENTERED)
                    .expectResultMessagePayload(DocumentOutcome.AWAITING_REVIEW);
            fixture.given(reviewedYear(paid("V1", OFFICE, "400.00"), REVERSAL_ENTERED))
                    .when(pay("V2", OFFICE, "100.01"), BY_ACCOUNTANT)
                    .expectEvents(new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, OFFICE, yuan("100.01"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET));
        }

        @Test
        void the_same_reversal_again_awaits_review_and_another_of_the_same_payment_conflicts() {
            fixture.given(reviewedYear(paid("V1", OFFICE, "400.00"), REVERSAL_ENTERED))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_20, null, "退款"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.AWAITING_REVIEW);
            fixture.given(reviewedYear(paid("V1", OFFICE, "400.00"), REVERSAL_ENTERED))
                    .when(new ReversePaymentCommand(BUDGET, "R2", "V1", MARCH_20, null, "退款"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectException(rule("REVERSAL_AWAITING_REVIEW"));
        }

        @Test
        void an_approved_reversal_gives_the_amount_back() {
            fixture.given(reviewedYear(paid("V1", OFFICE, "400.00"), REVERSAL_ENTERED))
                    .when(new ApproveEntryCommand(BUDGET, "R1"), BY_REVIEWER)
                    .expectEvents(new EntryApprovedEvent(BUDGET, "R1", MARCH_20, OFFICE, yuan("0.00"), "shenhe"),
                            new PaymentReversedEvent(BUDGET, "R1", "V1", MARCH_20, OFFICE, yuan("400.00"), "退款"))
                    .expectResultMessagePayload(PaymentOutcome.recorded("R1", yuan("400.00"), yuan("500.00")));
        }

        @Test
        void a_payment_awaiting_review_is_returned_not_reversed() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new ReversePaymentCommand(BUDGET, "R1", "V1", MARCH_20, null, "退款"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectException(rule("PAYMENT_AWAITING_REVIEW"));
        }
    }

    @Nested
    class AfterASnapshot {

        private final com.fasterxml.jackson.databind.ObjectMapper json =
                new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
        private final org.axonframework.serialization.json.JacksonSerializer serializer =
                org.axonframework.serialization.json.JacksonSerializer.builder().objectMapper(json).build();

        /** The register holds what was committed before the snapshot, as in PostgreSQL. */
        private TestExecutor<UnitYearBudget> givenTheSnapshotOf(List<Object> history) {
            fixture = new AggregateTestFixture<>(UnitYearBudget.class);
            fixture.registerInjectableResource(RuleSettings.DEFAULT);
            fixture.registerInjectableResource(new RegisterOfEvents(history.toArray()));
            return fixture.givenState(() -> {
                UnitYearBudget year = new UnitYearBudget();
                var model = org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory
                        .inspectAggregate(UnitYearBudget.class);
                history.forEach(event -> model.publish(
                        org.axonframework.eventhandling.GenericEventMessage.asEventMessage(event), year));
                return serializer.deserialize(serializer.serialize(year, byte[].class));
            });
        }

        @Test
        void an_entry_awaiting_review_is_still_approved() {
            givenTheSnapshotOf(reviewedYear(entered("V1", "400.00")))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), BY_REVIEWER)
                    .expectEvents(approvedV1(), paid("V1", OFFICE, "400.00"));
        }

        @Test
        void an_entry_sent_again_is_recognised() {
            givenTheSnapshotOf(reviewedYear(entered("V1", "400.00")))
                    .when(pay("V1", OFFICE, "400.00"), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentOutcome.awaitingReview("V1", yuan("400.00"), yuan("100.00")));
        }

        @Test
        void a_returned_voucher_is_known_from_the_register() {
            givenTheSnapshotOf(reviewedYear(entered("V1", "400.00"),
                    returnedV1()))
                    .when(new ApproveEntryCommand(BUDGET, "V1"), BY_REVIEWER)
                    .expectNoEvents()
                    .expectException(rule("ENTRY_NOT_AWAITING_REVIEW"));
        }
    }

    @Nested
    class ClosingTheYear {

        @Test
        void is_refused_while_an_entry_awaits_review_naming_it() {
            fixture.given(reviewedYear(entered("V1", "400.00")))
                    .when(new CloseBudgetYearCommand(BUDGET, BUDGET.lastDay()), BY_ACCOUNTANT)
                    .expectNoEvents()
                    .expectException(LedgerException.class)
                    .expectExceptionMessage(allOf(
                            containsString("V1"), containsString("审核")));
        }

        @Test
        void passes_review_on_to_the_year_its_closing_opens() {
            fixture.given(opened(), REVIEW_ON)
                    .when(new CloseBudgetYearCommand(BUDGET, BUDGET.lastDay()), BY_ACCOUNTANT)
                    .expectEvents(new BudgetYearClosedEvent(BUDGET, BUDGET.lastDay(), UNIT_NAME, "503", List.of(), true));
        }

        @Test
        void the_year_its_closing_opens_reviews_too() {
            UnitYear next = BUDGET.next();
            fixture.givenNoPriorActivity()
                    .when(new CarryForwardBalancesCommand(next, BUDGET, UNIT_NAME, "503", List.of(), true))
                    .expectEvents(new BudgetYearOpenedEvent(next, UNIT_NAME, "503"),
                            new ReviewRequirementSetEvent(next, true));
        }

        @Test
        void goes_ahead_once_the_entry_is_returned() {
            fixture.given(reviewedYear(entered("V1", "400.00"), returnedV1()))
                    .when(new CloseBudgetYearCommand(BUDGET, BUDGET.lastDay()), BY_ACCOUNTANT)
                    .expectSuccessfulHandlerExecution();
        }
    }

    private static PaymentOutcome refusedForWantOfBudget(String voucher, Money amount, Money available) {
        return PaymentOutcome.refused(voucher, amount, available, PaymentRefusedEvent.WITHOUT_BUDGET,
                NoSpendingWithoutBudget.refusal(amount, available).message());
    }
}
