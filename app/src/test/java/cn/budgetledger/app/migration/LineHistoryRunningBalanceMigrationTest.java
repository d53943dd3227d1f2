package cn.budgetledger.app.migration;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.EntryApprovedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import cn.budgetledger.query.support.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger whose lines' histories were projected before V13_2_1 reads them, once migrated, as a rebuild (the
 * projection replaying the same events) writes them: each row's place and how it moved the balance, a payment entry's
 * approval as a row, the carry-forward named in both years.
 */
class LineHistoryRunningBalanceMigrationTest {

    static final UnitYear MIGRATED = new UnitYear("503019", 2025);
    static final UnitYear REPLAYED = new UnitYear("503020", 2025);
    static final Project SYSTEMS = new Project("P-XX", "信息化建设", ProjectCategory.SPECIFIC_PURPOSE);
    static final LineKey LINE = LineKey.of("2010150", "31002", SYSTEMS.code(), "一般公共预算拨款");
    static final LineKey CARRIED = LineKey.of("2010150", "31002", SYSTEMS.code(), "一般公共预算拨款", "上年结转");
    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    @Test
    void the_histories_already_projected_read_as_a_rebuild_writes_them() {
        try (SharedPostgres postgres = SharedPostgres.start()) {
            // given a ledger at V12_4_1 whose unit-year 503019 recorded an approval, an entry approved and paid, a
            // refusal, and a closing that carried the balance into 2026, projected as that version projected them
            JdbcTemplate jdbc = postgres.jdbc();
            Schema.migrate(jdbc.getDataSource(), "12.4.1");
            String approval = storedEvents(jdbc);
            projectedBeforeV13(jdbc);

            // when it is migrated, and the same events of another unit are projected as the ledger now projects them
            Schema.migrate(jdbc.getDataSource(), Schema.LATEST);
            new Processor(jdbc.getDataSource(), new BudgetLedgerProjection(jdbc)).handle(events(REPLAYED).toArray());

            // then both read alike, row for row
            assertThat(history(jdbc, MIGRATED)).isEqualTo(history(jdbc, REPLAYED)).hasSize(7);
            assertThat(history(jdbc, MIGRATED).get(2)).containsEntry("kind", "审核通过").containsEntry("available_change", 40000L);
            // and the approval's row is its event's
            assertThat(jdbc.queryForObject("select count(*) from line_history where event_id = ?", Long.class, approval))
                    .isEqualTo(1L);
        }
    }

    private static List<Object> events(UnitYear budget) {
        UnitYear next = budget.next();
        return List.of(new BudgetYearOpenedEvent(budget, "迁移测试", "503"),
                new BudgetAllocatedEvent(budget, "批复-1", budget.firstDay(), List.of(new Allocation(LINE, SYSTEMS, fen(100000)))),
                new PaymentEnteredEvent(budget, "V1", MARCH_10, LINE, fen(40000), "某公司", "维修", "zhidan"),
                new EntryApprovedEvent(budget, "V1", MARCH_10, LINE, fen(40000), "shenhe"),
                new PaymentRecordedEvent(budget, "V1", MARCH_10, LINE, fen(40000), "某公司", "维修"),
                new PaymentRefusedEvent(budget, "V2", MARCH_10, LINE, fen(99900), fen(60000), PaymentRefusedEvent.WITHOUT_BUDGET),
                new YearEndBalancesEvent(budget, budget.lastDay(), List.of(new Allocation(LINE, SYSTEMS, fen(60000))), List.of()),
                new BudgetYearOpenedEvent(next, "迁移测试", "503"),
                new BudgetAllocatedEvent(next, "年终结转-2025", next.firstDay(),
                        List.of(new Allocation(CARRIED, SYSTEMS, fen(60000))), AllocationType.CARRIED_OVER));
    }

    /** The events of 503019 in the event store, numbered in their unit-year; answers the approval's identifier. */
    private static String storedEvents(JdbcTemplate jdbc) {
        String approval = null;
        long sequence = 0;
        UnitYear current = MIGRATED;
        for (Object event : events(MIGRATED)) {
            UnitYear of = event instanceof BudgetYearOpenedEvent opened ? opened.budget()
                    : event instanceof BudgetAllocatedEvent allocated ? allocated.budget() : MIGRATED;
            if (!of.equals(current)) {
                current = of;
                sequence = 0;
            }
            String identifier = UUID.randomUUID().toString();
            if (event instanceof EntryApprovedEvent) {
                approval = identifier;
            }
            jdbc.update("""
                            insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                                          payloadtype, timestamp)
                            values (?, ?, 'UnitYearBudget', ?, convert_to('{}', 'UTF8'), ?, '2025-03-10T00:00:00Z')""",
                    current.toString(), sequence++, identifier, event.getClass().getName());
        }
        return approval;
    }

    /** The read model as V12_4_1's projection left it: no approval row, 结转 and 年初预算 for the carry-forward. */
    private static void projectedBeforeV13(JdbcTemplate jdbc) {
        String line = LINE.id().toString();
        String carried = CARRIED.id().toString();
        jdbc.update("""
                insert into budget_line (unit, year, line_id, functional_code, economic_code, project_code, project_name,
                                         project_category, fund_source, origin)
                values ('503019', 2025, ?::uuid, '2010150', '31002', 'P-XX', '信息化建设', '特定目标类', '一般公共预算拨款', '本年'),
                       ('503019', 2026, ?::uuid, '2010150', '31002', 'P-XX', '信息化建设', '特定目标类', '一般公共预算拨款', '上年结转')""",
                line, carried);
        jdbc.update("""
                insert into payment_entry (unit, year, sequence, voucher, kind, line_id, entered_on, amount, payee, summary,
                                           entered_by, entered_at)
                values ('503019', 2025, 2, 'V1', 'payment', ?::uuid, date '2025-03-10', 40000, '某公司', '维修', 'zhidan',
                        timestamptz '2025-03-10T01:00:00Z')""", line);
        jdbc.update("""
                insert into entry_decision (unit, year, sequence, voucher, status, decided_by, decided_at)
                values ('503019', 2025, 3, 'V1', '已通过', 'shenhe', timestamptz '2025-03-10T02:00:00Z'),
                       ('503019', 2025, 5, 'V2', '已拒付', 'accountant', timestamptz '2025-03-10T03:00:00Z')""");
        for (Object[] row : new Object[][] {
                {1, line, 2025, "2025-01-01", "年初预算", "批复-1", 100000, "预算批复 批复-1", "accountant"},
                {2, line, 2025, "2025-03-10", "制单（待审核）", "V1", 40000, "收款人：某公司；摘要：维修", "zhidan"},
                {4, line, 2025, "2025-03-10", "支付", "V1", 40000, "收款人：某公司；摘要：维修", "accountant"},
                {5, line, 2025, "2025-03-10", "拒付", "V2", 99900, "可用余额 600.00 元不足，未支付", "accountant"},
                {6, line, 2025, "2025-12-31", "结转", "年终结转-2025", 60000, "未用余额结转 2026 年度", "accountant"},
                {1, carried, 2026, "2026-01-01", "年初预算", "年终结转-2025", 60000, "预算批复 年终结转-2025", "accountant"}}) {
            int year = (Integer) row[2];
            jdbc.update("""
                            insert into line_history (event_id, line_id, unit, year, business_date, kind, document, amount,
                                                      detail, recorded_by, recorded_at)
                            select eventidentifier, ?::uuid, '503019', ?, ?::date, ?, ?, ?, ?, ?, timestamptz '2025-03-10T00:00:00Z'
                            from domainevententry where aggregateidentifier = ? and sequencenumber = ?""",
                    row[1], year, row[3], row[4], row[5], row[6], row[7], row[8], "503019-" + year, row[0]);
        }
    }

    /** A unit's line histories, both years, without what differs by nature (event ids, recording times). */
    private static List<Map<String, Object>> history(JdbcTemplate jdbc, UnitYear budget) {
        return jdbc.queryForList("""
                select year, line_id::text as line_id, business_date::text as business_date, kind, document, amount, detail,
                       recorded_by, sequence, available_change
                from line_history where unit = ? order by year, business_date, sequence""", budget.unit());
    }

    private static Money fen(long fen) {
        return Money.ofFen(fen);
    }
}
