package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.command.domain.LedgerRules.rule;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.BUDGET;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MAINTENANCE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MARCH_10;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.OFFICE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.allocated;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.opened;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.paid;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.pay;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit-year read back from its snapshot knows its lines and documents; the vouchers it used before are not in
 * the snapshot, so it asks the register about them, and every voucher rule holds as before.
 */
class UnitYearSnapshotTest {

    static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);
    static final PaymentReversedEvent REVERSED_V2 =
            new PaymentReversedEvent(BUDGET, "R1", "V2", MARCH_20, MAINTENANCE, yuan("200.00"), "退回");
    static final List<Object> HISTORY = List.of(opened(), allocated(), paid("V1", OFFICE, "400.00"),
            paid("V2", MAINTENANCE, "200.00"), REVERSED_V2,
            new PaymentRefusedEvent(BUDGET, "V4", MARCH_10, OFFICE, yuan("100.01"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET));

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final AggregateTestFixture<UnitYearBudget> fixture = new AggregateTestFixture<>(UnitYearBudget.class);

    {
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    @Test
    void a_snapshot_holds_lines_and_documents_and_does_not_grow_with_the_payments() throws IOException {
        List<Object> busyYear = yearWithPayments(1000);
        SerializedObject<byte[]> quiet = serializer.serialize(yearOf(List.of(opened(), allocated(),
                paid("B1", OFFICE, "10.00"))), byte[].class);
        SerializedObject<byte[]> busy = serializer.serialize(yearOf(busyYear), byte[].class);

        UnitYearBudget restored = serializer.deserialize(busy);

        assertThat(quiet.getType().getRevision()).isEqualTo("8");
        assertThat(busy.getData().length).isEqualTo(quiet.getData().length);
        assertThat(restored).usingRecursiveComparison().ignoringFields("vouchers")
                .isEqualTo(yearOf(busyYear));
        assertThat(json.readTree(busy.getData()).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("budget", "unitName", "parentCode", "closed", "lines",
                        "approvals", "allocations", "corrections", "adjustments", "targets", "qualitativeWeights",
                        "actuals", "freezes", "plans", "executions", "reviewRequired", "awaitingReview");
    }

    @Test
    void a_payment_sent_again_is_recognised_from_the_register() {
        givenTheSnapshot()
                .when(pay("V1", OFFICE, "400.00"))
                .expectNoEvents()
                .expectResultMessagePayload(PaymentOutcome.unchanged("V1", yuan("400.00"), yuan("100.00")));
    }

    @Test
    void a_registered_voucher_with_other_content_is_a_conflict() {
        givenTheSnapshot()
                .when(pay("V1", OFFICE, "400.01"))
                .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
    }

    @Test
    void a_registered_reversal_voucher_takes_no_payment() {
        givenTheSnapshot()
                .when(pay("R1", OFFICE, "1.00"))
                .expectException(rule("DOCUMENT_NUMBER_CONFLICT"));
    }

    @Test
    void a_registered_payment_is_reversed_with_its_line_and_amount() {
        givenTheSnapshot()
                .when(new ReversePaymentCommand(BUDGET, "R2", "V1", MARCH_20, null, "退回"))
                .expectEvents(new PaymentReversedEvent(BUDGET, "R2", "V1", MARCH_20, OFFICE, yuan("400.00"), "退回"));
    }

    @Test
    void a_registered_payment_already_reversed_is_not_reversed_again() {
        givenTheSnapshot()
                .when(new ReversePaymentCommand(BUDGET, "R2", "V2", MARCH_20, null, null))
                .expectException(rule("PAYMENT_ALREADY_REVERSED"));
    }

    @Test
    void a_registered_reversal_sent_again_changes_nothing() {
        givenTheSnapshot()
                .when(new ReversePaymentCommand(BUDGET, "R1", "V2", MARCH_20, null, "退回"))
                .expectNoEvents()
                .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
    }

    @Test
    void a_refused_attempt_sent_again_is_recognised_from_the_register() {
        givenTheSnapshot()
                .when(pay("V4", OFFICE, "100.01"))
                .expectNoEvents()
                .expectResultMessagePayload(refusedForWantOfBudget("V4", yuan("100.01"), yuan("100.00")));
    }

    @Test
    void a_refused_voucher_is_not_used_up_after_a_snapshot_either() {
        givenTheSnapshot()
                .when(pay("V4", OFFICE, "100.00"))
                .expectEvents(paid("V4", OFFICE, "100.00"));
    }

    @Test
    void a_new_voucher_is_paid_from_the_balance_the_snapshot_kept() {
        givenTheSnapshot()
                .when(pay("V3", OFFICE, "100.01"))
                .expectEvents(new PaymentRefusedEvent(BUDGET, "V3",
                        MARCH_10, OFFICE, yuan("100.01"), yuan("100.00"), PaymentRefusedEvent.WITHOUT_BUDGET));
    }

    @Test
    void a_release_sent_again_is_recognised_after_a_snapshot() {
        givenTheSnapshotOfAFreeze()
                .when(FreezesTest.release("DJ-1", FreezesTest.APRIL_1, "100.00"))
                .expectNoEvents()
                .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
    }

    @Test
    void what_a_freeze_still_holds_is_kept_in_the_snapshot() {
        givenTheSnapshotOfAFreeze()
                .when(FreezesTest.release("DJ-1", FreezesTest.MAY_5, null))
                .expectEvents(FreezesTest.released("DJ-1", FreezesTest.MAY_5, "500.00"));
    }

    @Test
    void a_voucher_used_since_the_snapshot_is_known_without_the_register() {
        RegisterOfEvents register = new RegisterOfEvents(HISTORY.toArray());
        fixture.registerInjectableResource(register);
        fixture.givenState(() -> {
                    UnitYearBudget snapshot = serializer.deserialize(serializer.serialize(yearOf(HISTORY), byte[].class));
                    return sourced(snapshot, List.of(paid("V5", OFFICE, "50.00")));
                })
                .when(new ReversePaymentCommand(BUDGET, "R5", "V5", MARCH_20, null, "退回"))
                .expectEvents(new PaymentReversedEvent(BUDGET, "R5", "V5", MARCH_20, OFFICE, yuan("50.00"), "退回"));
        assertThat(register.asked()).containsExactly("R5");
    }

    @Test
    void a_journal_asks_the_register_once_for_all_its_vouchers() {
        givenTheSnapshot()
                .when(new RecordPaymentsCommand(BUDGET, List.of(pay("V1", OFFICE, "400.00"), pay("V3", OFFICE, "50.00"),
                        pay("V3", OFFICE, "50.00"))))
                .expectEvents(paid("V3", OFFICE, "50.00"))
                .expectResultMessagePayload(List.of(
                        PaymentOutcome.unchanged("V1", yuan("400.00"), yuan("100.00")),
                        PaymentOutcome.recorded("V3", yuan("50.00"), yuan("50.00")),
                        PaymentOutcome.unchanged("V3", yuan("50.00"), yuan("50.00"))));
    }

    @Test
    void a_year_that_remembers_too_many_vouchers_forgets_them_and_asks_the_register() {
        RegisterOfEvents register = new RegisterOfEvents(yearWithPayments(2001).toArray());
        fixture.registerInjectableResource(register);
        fixture.given(yearWithPayments(2001))
                .when(pay("B1", OFFICE, "0.01"))
                .expectNoEvents()
                .expectResultMessagePayload(PaymentOutcome.unchanged("B1", yuan("0.01"), yuan("479.99")));
        assertThat(register.asked()).containsExactly("B1");
    }

    @Test
    void a_year_within_the_bound_answers_from_memory() {
        RegisterOfEvents register = new RegisterOfEvents(yearWithPayments(2000).toArray());
        fixture.registerInjectableResource(register);
        fixture.given(yearWithPayments(2000))
                .when(pay("B1", OFFICE, "0.01"))
                .expectNoEvents();
        assertThat(register.asked()).isEmpty();
    }

    private static List<Object> yearWithPayments(int payments) {
        List<Object> year = new ArrayList<>(List.of(opened(), allocated()));
        for (int voucher = 1; voucher <= payments; voucher++) {
            year.add(paid("B" + voucher, OFFICE, "0.01"));
        }
        return year;
    }

    private TestExecutor<UnitYearBudget> givenTheSnapshot() {
        fixture.registerInjectableResource(new RegisterOfEvents(HISTORY.toArray()));
        return fixture.givenState(() -> serializer.deserialize(serializer.serialize(yearOf(HISTORY), byte[].class)));
    }

    private TestExecutor<UnitYearBudget> givenTheSnapshotOfAFreeze() {
        List<Object> history = new ArrayList<>(HISTORY);
        history.add(FreezesTest.frozen("DJ-1", "600.00"));
        history.add(FreezesTest.released("DJ-1", FreezesTest.APRIL_1, "100.00"));
        fixture.registerInjectableResource(new RegisterOfEvents(history.toArray()));
        return fixture.givenState(() -> serializer.deserialize(serializer.serialize(yearOf(history), byte[].class)));
    }

    /** A year that has seen these events, as its event sourcing handlers leave it. */
    private static UnitYearBudget yearOf(List<Object> history) {
        return sourced(new UnitYearBudget(), history);
    }

    /** The year after its event sourcing handlers saw these events. */
    private static UnitYearBudget sourced(UnitYearBudget year, List<Object> events) {
        AggregateModel<UnitYearBudget> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(UnitYearBudget.class);
        events.forEach(event -> model.publish(GenericEventMessage.asEventMessage(event), year));
        return year;
    }

    /** The answer of a payment refused for want of available balance (无预算不支出). */
    private static PaymentOutcome refusedForWantOfBudget(String voucher, Money amount, Money available) {
        return PaymentOutcome.refused(voucher, amount, available, PaymentRefusedEvent.WITHOUT_BUDGET,
                NoSpendingWithoutBudget.refusal(amount, available).message());
    }
}
