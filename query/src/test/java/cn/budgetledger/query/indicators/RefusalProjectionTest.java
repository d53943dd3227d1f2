package cn.budgetledger.query.indicators;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal with its place in the unit-year's stream, read as what stands refused on the operating lines. */
class RefusalProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final Project OFFICE = new Project("P503019GY", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey OFFICE_SUPPLIES = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款");

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final BudgetLedgerProjection ledger = new BudgetLedgerProjection(jdbc);
    final RefusalProjection refusals = new RefusalProjection(jdbc);
    /** The unit-year's stream as both processors see it: the refusals need the ledger's lines to be read. */
    final Processor processors = new Processor(jdbc.getDataSource(), ledger, refusals);

    @BeforeEach
    void aLineWithItsBudget() {
        jdbc.execute(ledger.truncateStatement());
        jdbc.execute(refusals.truncateStatement());
        processors.handle(new BudgetYearOpenedEvent(BUDGET, "市财政局", "503"),
                new BudgetAllocatedEvent(BUDGET, "市财预〔2025〕1号", LocalDate.of(2025, 1, 1),
                        List.of(new Allocation(OFFICE_SUPPLIES, OFFICE, Money.parse("500.00")))));
    }

    @Test
    void what_stands_refused_is_the_latest_refusal_of_each_voucher_not_paid_since() {
        // given a voucher refused twice on one day, the second time for more, and another voucher refused the day after
        processors.handle(refused("记-0001", LocalDate.of(2025, 5, 6), "600.00"),
                refused("记-0001", LocalDate.of(2025, 5, 6), "700.00"));
        processors.handle(refused("记-0002", LocalDate.of(2025, 5, 7), "800.00"));

        // when the second voucher is paid, for less, the day after
        processors.handle(new PaymentRecordedEvent(BUDGET, "记-0002", LocalDate.of(2025, 5, 8), OFFICE_SUPPLIES,
                Money.parse("300.00"), null, null));

        // then each date counts the later refusal of the first voucher, and the second only until it is paid
        assertThat(unmetAsOf(LocalDate.of(2025, 5, 5))).isEqualTo(fen(0));
        assertThat(unmetAsOf(LocalDate.of(2025, 5, 6))).isEqualTo(fen(70_000));
        assertThat(unmetAsOf(LocalDate.of(2025, 5, 7))).isEqualTo(fen(150_000));
        assertThat(unmetAsOf(LocalDate.of(2025, 5, 8))).isEqualTo(fen(70_000));
    }

    @Test
    void a_refusal_handed_over_again_is_kept_once_under_its_sequence_number() {
        // given a refusal handled
        List<EventMessage<?>> refusal = processors.handle(refused("记-0001", LocalDate.of(2025, 5, 6), "600.00"));

        // when the refusals' processor hands it over again, having stopped before it stored its token
        new Processor(jdbc.getDataSource(), refusals).handleAgain(refusal);

        // then it is one attempt, at its place in the stream, and counts once
        assertThat(jdbc.queryForList("select sequence_number from refusal_attempt where unit = ? and year = ?",
                Long.class, BUDGET.unit(), BUDGET.year()))
                .containsExactly(((DomainEventMessage<?>) refusal.get(0)).getSequenceNumber());
        assertThat(unmetAsOf(LocalDate.of(2025, 5, 6))).isEqualTo(fen(60_000));
    }

    private static PaymentRefusedEvent refused(String voucher, LocalDate date, String requested) {
        return new PaymentRefusedEvent(BUDGET, voucher, date, OFFICE_SUPPLIES, Money.parse(requested),
                Money.parse("500.00"), PaymentRefusedEvent.WITHOUT_BUDGET);
    }

    private BigInteger unmetAsOf(LocalDate asOf) {
        return new IndicatorRepository(new NamedParameterJdbcTemplate(jdbc)).linesAsOf(BUDGET.year(), Set.of(BUDGET.unit()), asOf)
                .get(BUDGET.unit()).stream().map(line -> line.measures().operatingUnmet())
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    private static BigInteger fen(long fen) {
        return BigInteger.valueOf(fen);
    }
}
