package cn.budgetledger.query.journal;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.EntryApprovedEvent;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.ReversalEnteredEvent;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.LineHistoryEntry;
import cn.budgetledger.api.queries.LineView;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Entries awaiting review in the read model: the line's reservation, the journals and the line's trail. */
class PaymentReviewProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503029", 2025);
    static final Project OFFICE = new Project("P503029GY", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey SUPPLIES = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款");
    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final BudgetLedgerRepository ledger = new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc));
    final PaymentJournalRepository journal = new PaymentJournalRepository(jdbc);
    final BudgetLedgerProjection projection = new BudgetLedgerProjection(jdbc);
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void aYearWithALine() {
        jdbc.execute(projection.truncateStatement());
        processor.handle(new BudgetYearOpenedEvent(BUDGET, "审核测试", "503"),
                new BudgetAllocatedEvent(BUDGET, "批复-1", LocalDate.of(2025, 1, 1),
                        List.of(new Allocation(SUPPLIES, OFFICE, yuan("1000.00")))));
    }

    @Test
    void entries_reserve_until_reviewed_and_the_journals_show_each_ones_outcome() {
        // when, in one batch, V1 is entered and approved, V2 entered, returned and entered again, and V1's reversal
        // entered
        processor.handle(entered("V1", MARCH_10, "400.00"), entered("V2", MARCH_12, "100.00"),
                new EntryReturnedEvent(BUDGET, "V2", MARCH_12, SUPPLIES, yuan("100.00"), "附件不全", "shenhe"),
                entered("V2", MARCH_12, "150.00"),
                new EntryApprovedEvent(BUDGET, "V1", MARCH_10, SUPPLIES, yuan("400.00"), "shenhe"),
                new PaymentRecordedEvent(BUDGET, "V1", MARCH_10, SUPPLIES, yuan("400.00"), "某公司", "办公用品"),
                new ReversalEnteredEvent(BUDGET, "R1", "V1", MARCH_12, SUPPLIES, yuan("400.00"), "退货", "zhidan"));

        // then only V2's second entry holds money, from its date; the reversal gives nothing back yet
        assertThat(figures(MARCH_10)).isEqualTo(Figures.of(yuan("1000.00"), yuan("1000.00"), yuan("400.00"),
                Money.ZERO, Money.ZERO));
        assertThat(figures(MARCH_12)).isEqualTo(Figures.of(yuan("1000.00"), yuan("1000.00"), yuan("400.00"),
                Money.ZERO, yuan("150.00")));
        // and the payments journal lists the payment, V2's latest entry and the reversal awaiting review, newest first
        assertThat(journal.payments(BUDGET, JournalRequest.of(null, null, null, null, null, null, 0, 50)).items())
                .extracting(PaymentJournalItem::voucher, PaymentJournalItem::status, PaymentJournalItem::amount,
                        PaymentJournalItem::recordedBy)
                .containsExactlyInAnyOrder(tuple("R1", "待审核", yuan("400.00"), "zhidan"),
                        tuple("V2", "待审核", yuan("150.00"), "zhidan"),
                        tuple("V1", "已支付", yuan("400.00"), Processor.RECORDED_BY));
        assertThat(journal.payments(BUDGET, JournalRequest.of(null, null, null, null, null, "退货", 0, 50)).items())
                .extracting(PaymentJournalItem::voucher, PaymentJournalItem::summary).containsExactly(tuple("R1", "冲销 V1：退货"));
        assertThat(journal.payments(BUDGET, JournalRequest.of(null, MARCH_10, null, null, null, null, 0, 50)).total()).isEqualTo(1);
        assertThat(journal.payments(BUDGET, JournalRequest.of(null, null, "待审核", null, null, null, 0, 50)).total()).isEqualTo(2);
        // a page past the end still says how many there are
        assertThat(journal.payments(BUDGET, JournalRequest.of(null, null, null, null, null, null, 5, 50)).total()).isEqualTo(3);
        assertThat(journal.payments(BUDGET, JournalRequest.of(null, null, null, null, null, "办公", 0, 50)).items())
                .extracting(PaymentJournalItem::voucher).containsExactly("V1");
        // and the entries show every entry with its decision
        assertThat(journal.entries(BUDGET, JournalRequest.of(null, null, null, null, null, null, 0, 50)).items())
                .extracting(ReviewEntry::voucher, ReviewEntry::kind, ReviewEntry::status, ReviewEntry::decidedBy,
                        ReviewEntry::returnReason)
                .containsExactly(tuple("R1", "冲销", "待审核", null, null), tuple("V2", "支付", "待审核", null, null),
                        tuple("V2", "支付", "已退回", "shenhe", "附件不全"), tuple("V1", "支付", "已通过", "shenhe", null));
        assertThat(journal.entries(BUDGET, JournalRequest.of(null, null, "待审核", null, null, null, 0, 50)).total()).isEqualTo(2);
        // and the line's trail shows the entries and the return
        assertThat(ledger.history(BUDGET, SUPPLIES.id())).extracting(LineHistoryEntry::kind, LineHistoryEntry::document)
                .contains(tuple("制单（待审核）", "V1"), tuple("退回", "V2"), tuple("支付", "V1"),
                        tuple("冲销制单（待审核）", "R1"));
    }

    @Test
    void an_entry_approved_but_then_refused_by_its_line_reads_as_refused_not_approved() {
        // given V3 entered; when its approval finds the line moved and the payment is refused
        processor.handle(entered("V3", MARCH_10, "400.00"),
                new EntryApprovedEvent(BUDGET, "V3", MARCH_10, SUPPLIES, yuan("400.00"), "shenhe"),
                new PaymentRefusedEvent(BUDGET, "V3", MARCH_10, SUPPLIES, yuan("400.00"), yuan("300.00"),
                        PaymentRefusedEvent.WITHOUT_BUDGET));

        // then the entry is 已拒付 with why, and it holds nothing on the line
        assertThat(journal.entries(BUDGET, JournalRequest.of(null, null, null, null, null, null, 0, 50)).items())
                .extracting(ReviewEntry::voucher, ReviewEntry::status, ReviewEntry::returnReason)
                .containsExactly(tuple("V3", "已拒付", "可用余额 300.00 元不足，未支付"));
        assertThat(figures(MARCH_10).awaitingReview()).isEqualTo(Money.ZERO);
    }

    private static PaymentEnteredEvent entered(String voucher, LocalDate date, String amount) {
        return new PaymentEnteredEvent(BUDGET, voucher, date, SUPPLIES, yuan(amount), "某公司", "维修", "zhidan");
    }

    private Figures figures(LocalDate asOf) {
        return ledger.lineAsOf(BUDGET, SUPPLIES.id(), asOf).map(LineView::figures).orElse(Figures.NONE);
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
