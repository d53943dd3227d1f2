package cn.budgetledger.query.ledger;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.AllocationCorrectedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.EntryApprovedEvent;
import cn.budgetledger.api.events.FreezePlacedEvent;
import cn.budgetledger.api.events.FreezeReleasedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.FindPaymentQuery;
import cn.budgetledger.api.queries.LineHistoryEntry;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.api.queries.PaymentView;
import cn.budgetledger.query.catalogue.SubjectNames;
import cn.budgetledger.query.indicators.AdjustmentCounts;
import cn.budgetledger.query.indicators.IndicatorRepository;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ledger's read model, written from the unit-year's events and read through its repository and queries. */
class BudgetLedgerProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final Project OFFICE = new Project("P503019GY", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey OFFICE_SUPPLIES = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款");
    static final LineKey OFFICE_TRAVEL = LineKey.of("2010101", "30211", OFFICE.code(), "一般公共预算拨款");
    static final Project SYSTEMS = new Project("P503019XX", "信息化建设", ProjectCategory.SPECIFIC_PURPOSE);
    static final LineKey SYSTEMS_EQUIPMENT = LineKey.of("2010150", "31002", SYSTEMS.code(), "一般公共预算拨款");

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final BudgetLedgerProjection projection = new BudgetLedgerProjection(jdbc);
    final BudgetLedgerRepository ledger = new BudgetLedgerRepository(new NamedParameterJdbcTemplate(jdbc));
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void anEmptyReadModel() {
        jdbc.execute(projection.truncateStatement());
        processor.handle(new BudgetYearOpenedEvent(BUDGET, "市财政局", "503"));
    }

    @Test
    void an_approval_opens_its_lines_with_their_original_budget_and_a_later_one_adds_to_them() {
        // given an approval document for two lines
        processor.handle(allocated("市财预〔2025〕1号", LocalDate.of(2025, 1, 1),
                new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("50000.00")),
                new Allocation(SYSTEMS_EQUIPMENT, SYSTEMS, yuan("200000.00"))));

        // when a second document adds to one of them
        processor.handle(allocated("市财预〔2025〕9号", LocalDate.of(2025, 3, 1),
                new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("10000.00"))));

        // then the year and both lines stand once each, with the original budget of both documents
        assertThat(ledger.findYear(BUDGET)).contains(new BudgetLedgerRepository.YearRow("市财政局", "503", "503", null));
        assertThat(ledger.linesAsOf(BUDGET, BUDGET.lastDay())).containsExactly(
                line(OFFICE_SUPPLIES, OFFICE, Figures.of(yuan("60000.00"), yuan("60000.00"), Money.ZERO)),
                line(SYSTEMS_EQUIPMENT, SYSTEMS, Figures.of(yuan("200000.00"), yuan("200000.00"), Money.ZERO)));
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                        LineHistoryEntry::document, LineHistoryEntry::amount, LineHistoryEntry::detail)
                .containsExactly(
                        tuple("年初预算", "市财预〔2025〕1号", yuan("50000.00"),
                                "预算批复 市财预〔2025〕1号"),
                        tuple("年初预算", "市财预〔2025〕9号", yuan("10000.00"),
                                "预算批复 市财预〔2025〕9号"));
    }

    @Test
    void a_payment_is_executed_on_its_line_and_kept_under_its_voucher() {
        // given a line with its budget
        allocateOfficeSupplies();

        // when a payment is recorded on it
        List<EventMessage<?>> recorded = processor.handle(new PaymentRecordedEvent(BUDGET, "记-0001",
                LocalDate.of(2025, 2, 10), OFFICE_SUPPLIES, yuan("1234.56"), "某某文具店", "办公用品"));

        // then the line has executed it, the voucher is found, and the line's trail names who recorded it when
        assertThat(ledger.lineAsOf(BUDGET, OFFICE_SUPPLIES.id(), BUDGET.lastDay())).map(LineView::figures)
                .contains(Figures.of(yuan("50000.00"), yuan("50000.00"), yuan("1234.56")));
        assertThat(payment("记-0001")).contains(new PaymentView("记-0001", LocalDate.of(2025, 2, 10),
                OFFICE_SUPPLIES, yuan("1234.56"), null));
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).last().isEqualTo(new LineHistoryEntry(
                LocalDate.of(2025, 2, 10), "支付", "记-0001", yuan("1234.56"), "收款人：某某文具店；摘要：办公用品",
                Processor.RECORDED_BY, recorded.get(0).getTimestamp(), yuan("-1234.56"), yuan("48765.44"), null));
    }

    @Test
    void a_reversal_gives_the_whole_amount_back_and_marks_the_payment_reversed() {
        // given a payment on a line
        allocateOfficeSupplies();
        processor.handle(new PaymentRecordedEvent(BUDGET, "记-0001", LocalDate.of(2025, 2, 10), OFFICE_SUPPLIES,
                yuan("800.00"), "某某文具店", null));

        // when it is reversed
        processor.handle(new PaymentReversedEvent(BUDGET, "记-0002", "记-0001", LocalDate.of(2025, 2, 12),
                OFFICE_SUPPLIES, yuan("800.00"), "重复支付"));

        // then nothing stays executed from the reversal's date on, and the payment names its reversal
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 2, 11)).executed()).isEqualTo(yuan("800.00"));
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 2, 12)).executed()).isEqualTo(Money.ZERO);
        assertThat(payment("记-0001")).map(PaymentView::reversalVoucher).contains("记-0002");
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                LineHistoryEntry::document, LineHistoryEntry::detail).last().isEqualTo(
                tuple("冲销", "记-0002", "冲销凭证 记-0001：重复支付"));
    }

    @Test
    void an_adjustment_moves_money_between_lines_and_may_open_one() {
        // given a line with its budget
        allocateOfficeSupplies();

        // when an adjustment moves part of it to a line not opened before
        processor.handle(new AdjustmentApprovedEvent(BUDGET, "市财调〔2025〕3号", AdjustmentType.REALLOCATION,
                LocalDate.of(2025, 4, 1), "差旅增加", List.of(
                new AdjustmentEntry(OFFICE_SUPPLIES, yuan("-5000.00"), OFFICE),
                new AdjustmentEntry(OFFICE_TRAVEL, yuan("5000.00"), OFFICE))));

        // then the new line stands with the money adjusted into it, the first one with less
        assertThat(ledger.linesAsOf(BUDGET, LocalDate.of(2025, 4, 1))).containsExactly(
                line(OFFICE_SUPPLIES, OFFICE, Figures.of(yuan("50000.00"), yuan("45000.00"), Money.ZERO)),
                line(OFFICE_TRAVEL, OFFICE, Figures.of(Money.ZERO, yuan("5000.00"), Money.ZERO)));
        // and before the adjustment's date the new line does not stand yet
        assertThat(ledger.linesAsOf(BUDGET, LocalDate.of(2025, 3, 31))).extracting(LineView::lineId)
                .containsExactly(OFFICE_SUPPLIES.id());
        // and the document counts once for the project and the unit, once for each line
        AdjustmentCounts counts = new IndicatorRepository(new NamedParameterJdbcTemplate(jdbc))
                .adjustmentCountsAsOf(BUDGET.year(), Set.of(BUDGET.unit()), BUDGET.lastDay()).get(BUDGET.unit());
        assertThat(counts).isEqualTo(new AdjustmentCounts(1, Map.of(OFFICE.code(), 1),
                Map.of(OFFICE_SUPPLIES.id(), 1, OFFICE_TRAVEL.id(), 1)));
    }

    @Test
    void a_correction_changes_the_original_budget_from_its_date_and_is_no_adjustment() {
        // given a line whose approval was mistyped, with an adjustment and a payment on it
        allocateOfficeSupplies();
        processor.handle(new AdjustmentApprovedEvent(BUDGET, "市财调〔2025〕3号", AdjustmentType.INCREASE,
                LocalDate.of(2025, 2, 1), "追加", List.of(new AdjustmentEntry(OFFICE_SUPPLIES, yuan("1000.00"), OFFICE))));
        processor.handle(payment("记-0001", LocalDate.of(2025, 2, 10), "300.00"));

        // when the approval's 50000.00 is corrected to 5000.00 on 15 March
        processor.handle(new AllocationCorrectedEvent(BUDGET, "更正-1", LocalDate.of(2025, 3, 15), "市财预〔2025〕1号",
                OFFICE_SUPPLIES, OFFICE, yuan("50000.00"), yuan("5000.00"), "录入错误"));

        // then from the correction's date the original and adjusted budgets are the corrected ones
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 3, 15)))
                .isEqualTo(Figures.of(yuan("5000.00"), yuan("6000.00"), yuan("300.00")));
        // and before it, what was approved then
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 3, 14)))
                .isEqualTo(Figures.of(yuan("50000.00"), yuan("51000.00"), yuan("300.00")));
        // and the line's trail shows the correction, which is no 科目调整
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                LineHistoryEntry::document, LineHistoryEntry::amount, LineHistoryEntry::detail).last().isEqualTo(
                tuple("更正", "更正-1", yuan("-45000.00"),
                        "更正预算批复 市财预〔2025〕1号 的年初预算：50,000.00 元更正为 5,000.00 元；录入错误"));
        AdjustmentCounts counts = new IndicatorRepository(new NamedParameterJdbcTemplate(jdbc))
                .adjustmentCountsAsOf(BUDGET.year(), Set.of(BUDGET.unit()), BUDGET.lastDay()).get(BUDGET.unit());
        assertThat(counts).isEqualTo(new AdjustmentCounts(1, Map.of(OFFICE.code(), 1),
                Map.of(OFFICE_SUPPLIES.id(), 1)));
    }

    @Test
    void movements_are_kept_per_day_and_per_month_so_any_date_reads_whole_months_then_its_own_days() {
        // given a line with its budget
        allocateOfficeSupplies();

        // when payments fall in January and on two days of February, two of them in one batch on one day
        processor.handle(payment("记-0001", LocalDate.of(2025, 1, 20), "100.00"));
        processor.handle(payment("记-0002", LocalDate.of(2025, 2, 10), "20.00"),
                payment("记-0003", LocalDate.of(2025, 2, 10), "3.00"));
        processor.handle(payment("记-0004", LocalDate.of(2025, 2, 25), "0.45"));

        // then each date's figure counts the payments up to that date
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 1, 19)).executed()).isEqualTo(Money.ZERO);
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 1, 31)).executed()).isEqualTo(yuan("100.00"));
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 2, 10)).executed()).isEqualTo(yuan("123.00"));
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 2, 24)).executed()).isEqualTo(yuan("123.00"));
        assertThat(figures(OFFICE_SUPPLIES, LocalDate.of(2025, 3, 1)).executed()).isEqualTo(yuan("123.45"));
        // and the months hold the sums of their days
        assertThat(jdbc.queryForList("""
                select month, allocated, paid from line_month_movement
                where unit = ? and year = ? and line_id = ? order by month""", BUDGET.unit(), BUDGET.year(),
                OFFICE_SUPPLIES.id())).containsExactly(
                Map.of("month", Date.valueOf("2025-01-01"), "allocated", 5_000_000L, "paid", 10_000L),
                Map.of("month", Date.valueOf("2025-02-01"), "allocated", 0L, "paid", 2_345L));
    }

    @Test
    void a_refused_payment_moves_nothing_but_stays_in_the_lines_trail() {
        // given a line with its budget
        allocateOfficeSupplies();

        // when a payment beyond what is available is refused
        processor.handle(new PaymentRefusedEvent(BUDGET, "记-0009", LocalDate.of(2025, 5, 6), OFFICE_SUPPLIES,
                yuan("60000.00"), yuan("50000.00"), PaymentRefusedEvent.WITHOUT_BUDGET));

        // then nothing is executed, no payment stands under the voucher, and the trail tells why
        assertThat(figures(OFFICE_SUPPLIES, BUDGET.lastDay()).executed()).isEqualTo(Money.ZERO);
        assertThat(payment("记-0009")).isEmpty();
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                LineHistoryEntry::amount, LineHistoryEntry::detail).last().isEqualTo(
                tuple("拒付", yuan("60000.00"), "可用余额 50,000.00 元不足，未支付"));
    }

    @Test
    void a_closed_year_is_marked_closed_and_its_balances_open_carried_over_lines_in_the_next_year() {
        // given a project line partly spent
        processor.handle(allocated("市财预〔2025〕1号", LocalDate.of(2025, 1, 1),
                new Allocation(SYSTEMS_EQUIPMENT, SYSTEMS, yuan("200000.00"))));
        processor.handle(new PaymentRecordedEvent(BUDGET, "记-0001", LocalDate.of(2025, 6, 1), SYSTEMS_EQUIPMENT,
                yuan("150000.00"), "某某科技公司", "服务器"));
        Allocation unspent = new Allocation(SYSTEMS_EQUIPMENT.carriedOver(), SYSTEMS, yuan("50000.00"));

        // when the year is closed and its balance arrives in the next one
        processor.handle(new BudgetYearClosedEvent(BUDGET, LocalDate.of(2025, 12, 31), "市财政局", "503",
                List.of(unspent)));
        UnitYear next = BUDGET.next();
        processor.handle(new BudgetYearOpenedEvent(next, "市财政局", "503"),
                new BudgetAllocatedEvent(next, "上年结转-2025", next.firstDay(), List.of(unspent),
                        AllocationType.CARRIED_OVER));

        // then the closed year keeps its figures and its closing date
        assertThat(ledger.findYear(BUDGET)).map(BudgetLedgerRepository.YearRow::closedOn)
                .contains(LocalDate.of(2025, 12, 31));
        assertThat(figures(SYSTEMS_EQUIPMENT, BUDGET.lastDay()))
                .isEqualTo(Figures.of(yuan("200000.00"), yuan("200000.00"), yuan("150000.00")));
        // and the next year has the balance on a line of its own, of origin 上年结转 and the same fund source
        assertThat(ledger.findYear(next)).map(BudgetLedgerRepository.YearRow::closedOn).isEmpty();
        assertThat(ledger.linesAsOf(next, next.firstDay())).containsExactly(line(SYSTEMS_EQUIPMENT.carriedOver(),
                SYSTEMS, Figures.of(yuan("50000.00"), yuan("50000.00"), Money.ZERO)));
        assertThat(ledger.linesAsOf(next, next.firstDay())).extracting(LineView::fundSource, LineView::origin)
                .containsExactly(tuple(SYSTEMS_EQUIPMENT.fundSource(), Origin.CARRIED_OVER));
    }

    @Test
    void a_lines_history_reads_the_available_balance_after_each_event_and_a_refusal_in_its_own_column() {
        // given a line of 50,000.00
        allocateOfficeSupplies();

        // when an entry is made and approved (then paid), a payment refused, a freeze placed and partly released, and
        // the payment reversed
        processor.handle(
                new PaymentEnteredEvent(BUDGET, "V1", LocalDate.of(2025, 2, 1), OFFICE_SUPPLIES, yuan("300.00"), "某公司",
                        "维修", "zhidan"),
                new EntryApprovedEvent(BUDGET, "V1", LocalDate.of(2025, 2, 1), OFFICE_SUPPLIES, yuan("300.00"), "shenhe"),
                new PaymentRecordedEvent(BUDGET, "V1", LocalDate.of(2025, 2, 1), OFFICE_SUPPLIES, yuan("300.00"),
                        "某公司", "维修"),
                new PaymentRefusedEvent(BUDGET, "V2", LocalDate.of(2025, 2, 2), OFFICE_SUPPLIES, yuan("99999.00"),
                        yuan("49700.00"), PaymentRefusedEvent.WITHOUT_BUDGET),
                new FreezePlacedEvent(BUDGET, "F1", LocalDate.of(2025, 2, 3), OFFICE_SUPPLIES, OFFICE, yuan("200.00"),
                        FreezeKind.CONTRACT, "合同"),
                new FreezeReleasedEvent(BUDGET, "F1", LocalDate.of(2025, 2, 4), OFFICE_SUPPLIES, yuan("50.00")),
                new PaymentReversedEvent(BUDGET, "R1", "V1", LocalDate.of(2025, 2, 5), OFFICE_SUPPLIES, yuan("300.00"),
                        "退货"));

        // then each row says how it moved the balance and the balance after it; the refusal moves nothing and shows
        // what was refused; the approval gives back the entry's reservation before the payment takes it
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                        LineHistoryEntry::change, LineHistoryEntry::balance, LineHistoryEntry::refused)
                .containsExactly(
                        tuple("年初预算", yuan("50000.00"), yuan("50000.00"), null),
                        tuple("制单（待审核）", yuan("-300.00"), yuan("49700.00"), null),
                        tuple("审核通过", yuan("300.00"), yuan("50000.00"), null),
                        tuple("支付", yuan("-300.00"), yuan("49700.00"), null),
                        tuple("拒付", Money.ZERO, yuan("49700.00"), yuan("99999.00")),
                        tuple("冻结", yuan("-200.00"), yuan("49500.00"), null),
                        tuple("解冻", yuan("50.00"), yuan("49550.00"), null),
                        tuple("冲销", yuan("300.00"), yuan("49850.00"), null));
        // and the last balance is the line's 可用余额
        assertThat(figures(OFFICE_SUPPLIES, BUDGET.lastDay()).available()).isEqualTo(yuan("49850.00"));
    }

    @Test
    void the_carry_forward_is_a_row_of_the_closing_years_line_and_the_first_row_of_the_next_years_line() {
        // given a line of 50,000.00 with 1,000.00 paid
        allocateOfficeSupplies();
        processor.handle(new PaymentRecordedEvent(BUDGET, "V1", LocalDate.of(2025, 6, 1), OFFICE_SUPPLIES,
                yuan("1000.00"), null, null));
        UnitYear next = BUDGET.next();
        LineKey carried = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款", "上年结转");

        // when the year closes carrying its balance, and the next year receives it
        processor.handle(new YearEndBalancesEvent(BUDGET, BUDGET.lastDay(),
                        List.of(new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("49000.00"))), List.of()),
                new BudgetYearOpenedEvent(next, "市财政局", "503"),
                new BudgetAllocatedEvent(next, "年终结转-2025", next.firstDay(),
                        List.of(new Allocation(carried, OFFICE, yuan("49000.00"))), AllocationType.CARRIED_OVER));

        // then the closing year's line ends on 结转到下年, leaving nothing available in that year
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind,
                LineHistoryEntry::amount, LineHistoryEntry::balance).last()
                .isEqualTo(tuple("结转到下年", yuan("49000.00"), Money.ZERO));
        // and the next year's carried line starts with 上年结转
        assertThat(ledger.history(next, carried.id())).extracting(LineHistoryEntry::kind, LineHistoryEntry::amount,
                LineHistoryEntry::balance).first().isEqualTo(tuple("上年结转", yuan("49000.00"), yuan("49000.00")));
    }

    @Test
    void an_allocation_row_is_named_by_its_lines_origin_as_the_migration_names_old_rows() {
        // given a document of type 上年结转 holding a carried line and a line of this year (as old stores upcast it)
        LineKey carried = LineKey.of("2010101", "30201", OFFICE.code(), "一般公共预算拨款", "上年结转");

        // when it is projected
        processor.handle(new BudgetAllocatedEvent(BUDGET, "混合-2025", BUDGET.firstDay(), List.of(
                new Allocation(carried, OFFICE, yuan("100.00")), new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("200.00"))),
                AllocationType.CARRIED_OVER));

        // then the carried line's row reads 上年结转 and this year's line's row 年初预算
        assertThat(ledger.history(BUDGET, carried.id())).extracting(LineHistoryEntry::kind).containsExactly("上年结转");
        assertThat(ledger.history(BUDGET, OFFICE_SUPPLIES.id())).extracting(LineHistoryEntry::kind).containsExactly("年初预算");
    }

    private void allocateOfficeSupplies() {
        processor.handle(allocated("市财预〔2025〕1号", LocalDate.of(2025, 1, 1),
                new Allocation(OFFICE_SUPPLIES, OFFICE, yuan("50000.00"))));
    }

    private static BudgetAllocatedEvent allocated(String document, LocalDate date, Allocation... allocations) {
        return new BudgetAllocatedEvent(BUDGET, document, date, List.of(allocations));
    }

    private static PaymentRecordedEvent payment(String voucher, LocalDate date, String amount) {
        return new PaymentRecordedEvent(BUDGET, voucher, date, OFFICE_SUPPLIES, yuan(amount), null, null);
    }

    private Optional<PaymentView> payment(String voucher) {
        return new PaymentQueryHandler(jdbc).handle(new FindPaymentQuery(BUDGET, voucher));
    }

    private Figures figures(LineKey line, LocalDate asOf) {
        return ledger.lineAsOf(BUDGET, line.id(), asOf).map(LineView::figures).orElse(Figures.NONE);
    }

    private static LineView line(LineKey key, Project project, Figures figures) {
        return new LineView(key.id(), key.functionalCode(), key.economicCode(), key.projectCode(), project.name(),
                project.category(), key.fundSource(), key.origin(), figures,
                SubjectNames.of(SubjectKind.FUNCTIONAL, key.functionalCode().value(), Optional.empty()),
                SubjectNames.of(SubjectKind.ECONOMIC, key.economicCode().value(), Optional.empty()));
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
