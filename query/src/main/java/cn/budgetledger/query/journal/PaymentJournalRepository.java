package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The payments journal and the review entries, read with plain SQL from the ledger's read model. */
@Repository
public class PaymentJournalRepository {

    static final List<String> PAYMENT_STATUSES = List.of("已支付", "已冲销", "待审核", "已退回");
    static final List<String> ENTRY_STATUSES = List.of("待审核", "已通过", "已退回", "已拒付");

    /** Each entry with its decision: the first on its voucher after it, in the unit-year's order. */
    private static final String ENTRIES = """
            select e.*, d.status, d.decided_by, d.decided_at, d.reason
            from payment_entry e
            left join lateral (select coalesce(r.status, d.status) as status, d.decided_by, d.decided_at,
                                      coalesce(r.reason, d.reason) as reason
                               from entry_decision d
                               left join entry_decision r on r.unit = d.unit and r.year = d.year
                                    and r.voucher = d.voucher and r.sequence = d.sequence + 1 and r.status = '已拒付'
                                    and d.status = '已通过'
                               where d.unit = e.unit and d.year = e.year and d.voucher = e.voucher
                                 and d.sequence > e.sequence and d.status <> '已拒付'
                               order by d.sequence limit 1) d on true
            where e.unit = ? and e.year = ?""";

    /**
     * Recorded payments, and the latest entry of each voucher not (yet) on the books: a payment or a reversal awaiting
     * review or returned. Filtered by date, status, project, line and a search (voucher, payee, summary; any case).
     */
    private static final String PAYMENT_JOURNAL = """
            with journal as (
                select p.voucher, p.paid_on as date, p.line_id, p.amount, p.payee, p.summary,
                       case when p.reversal_voucher is null then '已支付' else '已冲销' end as status,
                       p.reversal_voucher as reversed_by, p.recorded_by, p.recorded_at
                from payment p
                where p.unit = ? and p.year = ?
                union all
                select latest.voucher, latest.entered_on, latest.line_id, latest.amount, latest.payee,
                       case when latest.kind = 'reversal'
                            then '冲销 ' || latest.original_voucher || coalesce('：' || latest.summary, '')
                            else latest.summary end,
                       coalesce(latest.status, '待审核'), null, latest.entered_by, latest.entered_at
                from (select distinct on (entry.voucher) entry.*
                      from (%s) entry
                      order by entry.voucher, entry.sequence desc) latest
                where (latest.status is null or latest.status = '已退回')
                  and not exists (select 1 from payment p
                                  where p.unit = latest.unit and p.year = latest.year
                                    and (p.voucher = latest.voucher or p.reversal_voucher = latest.voucher))
            )
            select %%s
            from journal j
            join budget_line l on l.unit = ? and l.year = ? and l.line_id = j.line_id
            where (?::date is null or j.date >= ?::date) and (?::date is null or j.date <= ?::date)
              and (?::text is null or j.status = ?::text)
              and (?::text is null or l.project_code = ?::text) and (?::uuid is null or j.line_id = ?::uuid)
              and (?::text is null or j.voucher ilike ?::text or j.payee ilike ?::text or j.summary ilike ?::text)
            """.formatted(ENTRIES);

    /** What the payments journal sorts by: JSON name → SQL. */
    private static final Map<String, String> PAYMENT_SORTS = Map.of("date", "j.date", "voucher", "j.voucher",
            "projectCode", "l.project_code", "functionalCode", "l.functional_code", "economicCode", "l.economic_code",
            "fundSource", "l.fund_source", "amount", "j.amount", "payee", "j.payee", "status", "j.status",
            "recordedAt", "j.recorded_at");

    private static final String REVIEW_ENTRIES = """
            select entry.*, l.functional_code, l.economic_code, l.project_code, l.fund_source,
                   count(*) over () as total
            from (%s) entry
            join budget_line l on l.unit = entry.unit and l.year = entry.year and l.line_id = entry.line_id
            where (?::text is null or coalesce(entry.status, '待审核') = ?::text)
            order by entry.entered_on desc, entry.sequence desc
            limit ? offset ?""".formatted(ENTRIES);

    private final JdbcTemplate jdbc;

    public PaymentJournalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recorded payments and the entries not (yet) recorded; status 已支付, 已冲销, 待审核 or 已退回. */
    public Journal<PaymentJournalItem> payments(UnitYear budget, JournalRequest request) {
        String wanted = request.statusAmong(PAYMENT_STATUSES);
        String pattern = request.pattern();
        Object[] filter = {budget.unit(), budget.year(), budget.unit(), budget.year(), budget.unit(), budget.year(),
                request.from(), request.from(), request.to(), request.to(), wanted, wanted, request.project(),
                request.project(), request.line(), request.line(), pattern, pattern, pattern, pattern};
        Long total = jdbc.queryForObject(PAYMENT_JOURNAL.formatted("count(*)"), Long.class, filter);
        Object[] page = java.util.Arrays.copyOf(filter, filter.length + 2);
        page[filter.length] = request.size();
        page[filter.length + 1] = request.offset();
        List<PaymentJournalItem> items = jdbc.query(PAYMENT_JOURNAL.formatted(
                "j.*, l.functional_code, l.economic_code, l.project_code, l.fund_source")
                + " order by " + request.orderBy(PAYMENT_SORTS, "j.date desc, j.recorded_at desc nulls last, j.voucher desc")
                + " limit ? offset ?",
                (row, index) -> new PaymentJournalItem(row.getString("voucher"), row.getDate("date").toLocalDate(),
                        row.getString("functional_code"), row.getString("economic_code"),
                        row.getString("project_code"), row.getString("fund_source"),
                        Money.ofFen(row.getLong("amount")), row.getString("payee"), row.getString("summary"),
                        row.getString("status"), row.getString("reversed_by"), row.getString("recorded_by"),
                        instant(row, "recorded_at")), page);
        return new Journal<>(total == null ? 0 : total, items);
    }

    /** The entries of a year that requires review, with their decisions; status 待审核, 已通过 or 已退回. */
    public Journal<ReviewEntry> entries(UnitYear budget, JournalRequest request) {
        String wanted = request.statusAmong(ENTRY_STATUSES);
        List<Long> total = new ArrayList<>(List.of(0L));
        List<ReviewEntry> items = jdbc.query(REVIEW_ENTRIES, (row, index) -> {
            total.set(0, row.getLong("total"));
            String decision = row.getString("status");
            return new ReviewEntry(row.getString("voucher"), "payment".equals(row.getString("kind")) ? "支付" : "冲销",
                    row.getDate("entered_on").toLocalDate(), row.getString("functional_code"),
                    row.getString("economic_code"), row.getString("project_code"), row.getString("fund_source"),
                    Money.ofFen(row.getLong("amount")), row.getString("payee"), row.getString("summary"),
                    row.getString("original_voucher"), row.getString("entered_by"), instant(row, "entered_at"),
                    decision == null ? "待审核" : decision, row.getString("decided_by"), instant(row, "decided_at"),
                    row.getString("reason"));
        }, budget.unit(), budget.year(), wanted, wanted, request.size(), request.offset());
        return new Journal<>(total.get(0), items);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
