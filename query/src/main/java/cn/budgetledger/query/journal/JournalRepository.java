package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journals of what was recorded, read from the ledger's read model in plain SQL: newest first (or sorted by a
 * column), filtered by business date, status, project, line and a search text, a page at a time (or whole, for an export).
 */
@Repository
public class JournalRepository {

    private static final String LINE_COLUMNS = """
            l.line_id, l.functional_code, l.economic_code, l.project_code, l.project_name, l.fund_source, l.origin
            """;

    private static final String REFUSALS = """
            from payment_refusal r
            join budget_line l on l.unit = r.unit and l.year = r.year and l.line_id = r.line_id
            left join line_history h on h.event_id = r.event_id and h.line_id = r.line_id
            cross join lateral (select exists (select 1 from payment p where p.unit = r.unit and p.year = r.year
                                                                    and p.voucher = r.voucher) as paid_later) p
            where r.unit = :unit and r.year = :year
              and (cast(:from as date) is null or r.refused_on >= :from)
              and (cast(:to as date) is null or r.refused_on <= :to)
              and (cast(:paidLater as boolean) is null or p.paid_later = :paidLater)
              and (cast(:project as text) is null or l.project_code = :project)
              and (cast(:line as uuid) is null or l.line_id = :line)
              and (cast(:pattern as text) is null or r.voucher ilike :pattern)""";

    private static final String ADJUSTMENTS = """
            from adjustment_document d
            where d.unit = :unit and d.year = :year
              and (cast(:from as date) is null or d.adjusted_on >= :from)
              and (cast(:to as date) is null or d.adjusted_on <= :to)
              and (cast(:status as text) is null or d.type = :status)
              and (cast(:pattern as text) is null or d.document_number ilike :pattern or d.reason ilike :pattern)
              and (cast(:project as text) is null and cast(:line as uuid) is null
                   or exists (select 1 from adjustment_entry e
                              join budget_line l on l.unit = e.unit and l.year = e.year and l.line_id = e.line_id
                              where e.unit = d.unit and e.year = d.year and e.document_number = d.document_number
                                and (cast(:project as text) is null or l.project_code = :project)
                                and (cast(:line as uuid) is null or l.line_id = :line)))""";

    /** What the refusals journal sorts by: JSON name → SQL. */
    private static final Map<String, String> REFUSAL_SORTS = Map.of("date", "r.refused_on", "voucher", "r.voucher",
            "projectCode", "l.project_code", "functionalCode", "l.functional_code", "economicCode", "l.economic_code",
            "fundSource", "l.fund_source", "amount", "r.requested", "available", "r.available",
            "paidLater", "p.paid_later", "recordedAt", "h.recorded_at");

    private static final Map<String, String> ADJUSTMENT_SORTS = Map.of("date", "d.adjusted_on",
            "documentNumber", "d.document_number", "type", "d.type", "reason", "d.reason");

    private final NamedParameterJdbcTemplate jdbc;

    public JournalRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refusals; status 已支付 (the voucher was paid later) or 未支付. */
    public Journal<RefusalJournalEntry> refusals(UnitYear budget, JournalRequest request, Boolean paidLater) {
        MapSqlParameterSource parameters = parameters(budget, request).addValue("paidLater", paidLater);
        Long total = jdbc.queryForObject("select count(*) " + REFUSALS, parameters, Long.class);
        List<RefusalJournalEntry> items = jdbc.query("select r.voucher, r.refused_on, r.requested, r.available, r.code, "
                        + "p.paid_later, h.recorded_by, h.recorded_at, " + LINE_COLUMNS + " " + REFUSALS
                        + " order by " + request.orderBy(REFUSAL_SORTS, "r.refused_on desc, h.recorded_at desc nulls last, r.event_id")
                        + " limit :limit offset :offset",
                parameters, (rs, row) -> new RefusalJournalEntry(rs.getString("voucher"),
                        rs.getDate("refused_on").toLocalDate(), line(rs), Money.ofFen(rs.getLong("requested")),
                        Money.ofFen(rs.getLong("available")), RefusalJournalEntry.reasonOf(rs.getString("code")),
                        rs.getBoolean("paid_later"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at") == null ? null : rs.getTimestamp("recorded_at").toInstant()));
        return new Journal<>(total == null ? 0 : total, items);
    }

    /** Adjustment documents; status is the type (调剂, 追加, 追减). */
    public Journal<AdjustmentJournalEntry> adjustments(UnitYear budget, JournalRequest request) {
        MapSqlParameterSource parameters = parameters(budget, request);
        Long total = jdbc.queryForObject("select count(*) " + ADJUSTMENTS, parameters, Long.class);
        Map<String, AdjustmentJournalEntry> documents = new LinkedHashMap<>();
        jdbc.query("select d.document_number, d.type, d.adjusted_on, d.reason " + ADJUSTMENTS
                        + " order by " + request.orderBy(ADJUSTMENT_SORTS, "d.adjusted_on desc, d.document_number desc")
                        + " limit :limit offset :offset",
                parameters, rs -> {
                    documents.put(rs.getString("document_number"), new AdjustmentJournalEntry(
                            rs.getString("document_number"), rs.getString("type"),
                            rs.getDate("adjusted_on").toLocalDate(), rs.getString("reason"), new java.util.ArrayList<>()));
                });
        if (!documents.isEmpty()) {
            jdbc.query("select e.document_number, e.amount, " + LINE_COLUMNS + """
                             from adjustment_entry e
                             join budget_line l on l.unit = e.unit and l.year = e.year and l.line_id = e.line_id
                             where e.unit = :unit and e.year = :year and e.document_number = any(:documents)
                             order by e.document_number, l.project_code, l.functional_code, l.economic_code""",
                    parameters.addValue("documents", documents.keySet().toArray(String[]::new)),
                    rs -> {
                        documents.get(rs.getString("document_number")).entries()
                                .add(new AdjustmentJournalEntry.Entry(line(rs), Money.ofFen(rs.getLong("amount"))));
                    });
        }
        return new Journal<>(total == null ? 0 : total, List.copyOf(documents.values()));
    }

    private static MapSqlParameterSource parameters(UnitYear budget, JournalRequest request) {
        return new MapSqlParameterSource("unit", budget.unit()).addValue("year", budget.year())
                .addValue("from", request.from()).addValue("to", request.to())
                .addValue("status", request.status()).addValue("project", request.project())
                .addValue("line", request.line()).addValue("pattern", request.pattern())
                .addValue("limit", request.size()).addValue("offset", request.offset());
    }

    private static JournalLine line(ResultSet rs) throws SQLException {
        return new JournalLine(rs.getObject("line_id", UUID.class), rs.getString("functional_code"),
                rs.getString("economic_code"), rs.getString("project_code"), rs.getString("project_name"),
                rs.getString("fund_source"), rs.getString("origin"));
    }
}
