package cn.budgetledger.query.freezes;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.FreezePlacedEvent;
import cn.budgetledger.api.events.FreezeReleasedEvent;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.FindFreezeQuery;
import cn.budgetledger.api.queries.FreezeView;
import cn.budgetledger.api.queries.LineHistoryEntry;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import cn.budgetledger.query.journal.Journal;
import cn.budgetledger.query.journal.JournalRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Freezes and their releases in the ledger's read model: the line's movements, its history and the freeze journal. */
class FreezeProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final Project OFFICE = new Project("P503019GY", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey SUPPLIES = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款");
    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final BudgetLedgerProjection projection = new BudgetLedgerProjection(jdbc);
    final BudgetLedgerRepository ledger = new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc));
    final FreezeJournal journal = new FreezeJournal(new NamedParameterJdbcTemplate(jdbc),
            new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc)));
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void aLineWithItsBudget() {
        jdbc.execute(projection.truncateStatement());
        processor.handle(new BudgetYearOpenedEvent(BUDGET, "市财政局", "503"),
                new BudgetAllocatedEvent(BUDGET, "批复-1", LocalDate.of(2025, 1, 1),
                        List.of(new Allocation(SUPPLIES, OFFICE, yuan("50000.00")))));
    }

    @Test
    void a_freeze_holds_money_from_its_date_and_a_release_gives_part_back_from_its_own() {
        // given a contract freezing 10000.00 on 1 March
        processor.handle(new FreezePlacedEvent(BUDGET, "DJ-1", MARCH_1, SUPPLIES, OFFICE, yuan("10000.00"),
                FreezeKind.CONTRACT, "办公家具采购合同"));

        // when 4000.00 of it is released on 1 April
        processor.handle(new FreezeReleasedEvent(BUDGET, "DJ-1", APRIL_1, SUPPLIES, yuan("4000.00")));

        // then the line's frozen is 0 before the freeze, 10000.00 until the release and 6000.00 after it
        assertThat(figuresAsOf(MARCH_1.minusDays(1))).isEqualTo(figures("0.00"));
        assertThat(figuresAsOf(MARCH_1)).isEqualTo(figures("10000.00"));
        assertThat(figuresAsOf(BUDGET.lastDay())).isEqualTo(figures("6000.00"));
        assertThat(figuresAsOf(BUDGET.lastDay()).available()).isEqualTo(yuan("44000.00"));
        // and its history tells the freeze and the release
        assertThat(ledger.history(BUDGET, SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                        LineHistoryEntry::document, LineHistoryEntry::amount, LineHistoryEntry::detail)
                .containsSubsequence(tuple("冻结", "DJ-1", yuan("10000.00"), "合同：办公家具采购合同"),
                        tuple("解冻", "DJ-1", yuan("4000.00"), "解冻冻结单 DJ-1"));
        // and the journal shows the document with what was released and what is still frozen
        assertThat(journal.page(BUDGET, JournalRequest.of(null, null, null, null, null, null, 0, 50), FreezeJournal.Status.ALL).items())
                .extracting(FreezeJournal.Entry::documentNumber, FreezeJournal.Entry::kind, FreezeJournal.Entry::amount,
                        FreezeJournal.Entry::released, FreezeJournal.Entry::open, FreezeJournal.Entry::recordedBy)
                .containsExactly(tuple("DJ-1", "合同", yuan("10000.00"), yuan("4000.00"), yuan("6000.00"),
                        Processor.RECORDED_BY));
        // and the document is found with its release, for an import to recognise it
        assertThat(journal.handle(new FindFreezeQuery(BUDGET, "DJ-1"))).contains(new FreezeView("DJ-1", MARCH_1,
                SUPPLIES, yuan("10000.00"), yuan("6000.00"), List.of(new FreezeView.Released(APRIL_1, yuan("4000.00")))));
        assertThat(journal.handle(new FindFreezeQuery(BUDGET, "DJ-9"))).isEmpty();
    }

    @Test
    void the_journal_lists_newest_first_and_filters_by_date_status_and_text() {
        // given three freezes, one of them fully released
        processor.handle(new FreezePlacedEvent(BUDGET, "DJ-1", MARCH_1, SUPPLIES, OFFICE, yuan("100.00"),
                        FreezeKind.CONTRACT, "办公家具采购合同"),
                new FreezePlacedEvent(BUDGET, "DJ-2", APRIL_1, SUPPLIES, OFFICE, yuan("200.00"),
                        FreezeKind.PROCUREMENT, "电脑采购 50%"),
                new FreezePlacedEvent(BUDGET, "CZ-3", LocalDate.of(2025, 5, 1), SUPPLIES, OFFICE, yuan("300.00"),
                        FreezeKind.FISCAL_HOLD, "财政局暂缓"),
                new FreezeReleasedEvent(BUDGET, "DJ-1", APRIL_1, SUPPLIES, yuan("100.00")));

        // then the journal lists them newest first, filtered as asked
        assertThat(numbers(FreezeJournal.Status.ALL, null, null, null)).containsExactly("CZ-3", "DJ-2", "DJ-1");
        assertThat(numbers(FreezeJournal.Status.OPEN, null, null, null)).containsExactly("CZ-3", "DJ-2");
        assertThat(numbers(FreezeJournal.Status.RELEASED, null, null, null)).containsExactly("DJ-1");
        assertThat(numbers(FreezeJournal.Status.ALL, APRIL_1, APRIL_1, null)).containsExactly("DJ-2");
        assertThat(numbers(FreezeJournal.Status.ALL, null, null, "dj")).containsExactly("DJ-2", "DJ-1");
        assertThat(numbers(FreezeJournal.Status.ALL, null, null, "采购")).containsExactly("DJ-2", "DJ-1");
        assertThat(numbers(FreezeJournal.Status.ALL, null, null, "%")).containsExactly("DJ-2");
        Journal<FreezeJournal.Entry> second = journal.page(BUDGET, JournalRequest.of(null, null, null, null, null, null, 1, 2),
                FreezeJournal.Status.ALL);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(FreezeJournal.Entry::documentNumber).containsExactly("DJ-1");
    }

    private List<String> numbers(FreezeJournal.Status status, LocalDate from, LocalDate to, String q) {
        return journal.page(BUDGET, JournalRequest.of(from, to, null, null, null, q, 0, 50), status).items().stream()
                .map(FreezeJournal.Entry::documentNumber).toList();
    }

    private Figures figuresAsOf(LocalDate date) {
        return ledger.lineAsOf(BUDGET, SUPPLIES.id(), date).map(LineView::figures).orElseThrow();
    }

    private static Figures figures(String frozen) {
        return Figures.of(yuan("50000.00"), yuan("50000.00"), Money.ZERO, yuan(frozen), Money.ZERO);
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
