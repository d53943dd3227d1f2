package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.budgetledger.command.domain.UnitYearBudgetTest.BUDGET;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MAINTENANCE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.MARCH_10;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.OFFICE;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.allocated;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.opened;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.paid;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.pay;
import static cn.budgetledger.command.domain.UnitYearBudgetTest.yuan;

/** A bulk journal of payments: each payment by the rules of one, seeing the balances its predecessors left. */
class RecordPaymentsTest {

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        // An empty register: a year read from its first event remembers every voucher itself.
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    @Test
    void eachPaymentIsRecordedOrRefusedInTurn() {
        // 运维 1000.00: 600 is paid, a second 600 no longer fits, 400 does.
        fixture.given(opened(), allocated())
                .when(new RecordPaymentsCommand(BUDGET, List.of(pay("V1", MAINTENANCE, "600.00"),
                        pay("V2", MAINTENANCE, "600.00"), pay("V3", MAINTENANCE, "400.00"))))
                .expectEvents(paid("V1", MAINTENANCE, "600.00"),
                        new PaymentRefusedEvent(BUDGET, "V2", MARCH_10, MAINTENANCE, yuan("600.00"), yuan("400.00"), PaymentRefusedEvent.WITHOUT_BUDGET),
                        paid("V3", MAINTENANCE, "400.00"))
                .expectResultMessagePayload(List.of(
                        PaymentOutcome.recorded("V1", yuan("600.00"), yuan("400.00")),
                        refusedForWantOfBudget("V2", yuan("600.00"), yuan("400.00")),
                        PaymentOutcome.recorded("V3", yuan("400.00"), yuan("0.00"))));
    }

    @Test
    void aJournalSentAgainChangesNothing() {
        fixture.given(opened(), allocated(), paid("V1", OFFICE, "100.00"))
                .when(new RecordPaymentsCommand(BUDGET, List.of(pay("V1", OFFICE, "100.00"))))
                .expectNoEvents()
                .expectResultMessagePayload(List.of(PaymentOutcome.unchanged("V1", yuan("100.00"), yuan("400.00"))));
    }

    @Test
    void oneVoucherReusedForOtherContentStopsTheWholeJournal() {
        fixture.given(opened(), allocated(), paid("V1", OFFICE, "100.00"))
                .when(new RecordPaymentsCommand(BUDGET, List.of(pay("V2", OFFICE, "50.00"),
                        pay("V1", OFFICE, "999.00"))))
                .expectNoEvents()
                .expectException(LedgerException.class)
                .expectExceptionMessage("凭证号 V1 已用于内容不同的单据，不能重复使用");
    }

    @Test
    void aPaymentOfAnotherUnitYearIsNoPartOfTheJournal() {
        fixture.given(opened(), allocated())
                .when(new RecordPaymentsCommand(BUDGET, List.of(
                        new RecordPaymentCommand(new UnitYear("503019", 2026), "V1",
                                MARCH_10, OFFICE, yuan("1.00"), null, null))))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    /** The answer of a payment refused for want of available balance (无预算不支出). */
    private static PaymentOutcome refusedForWantOfBudget(String voucher, Money amount, Money available) {
        return PaymentOutcome.refused(voucher, amount, available, PaymentRefusedEvent.WITHOUT_BUDGET,
                NoSpendingWithoutBudget.refusal(amount, available).message());
    }
}
