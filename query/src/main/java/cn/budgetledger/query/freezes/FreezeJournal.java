package cn.budgetledger.query.freezes;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.queries.FindFreezeQuery;
import cn.budgetledger.api.queries.FreezeView;
import cn.budgetledger.query.journal.Journal;
import cn.budgetledger.query.journal.JournalRequest;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The freeze journal (冻结登记簿): the freeze documents of a unit-year with what each still holds, newest first, and
 * one document by number for an import to check a release against.
 */
@Component
public class FreezeJournal {

    /** Which documents a journal lists: those still holding money, those fully released, or all. */
    public enum Status {
        ALL, OPEN, RELEASED;

        public static Status of(String text) {
            if (text == null || text.isBlank()) {
                return ALL;
            }
            return switch (text.strip()) {
                case "open" -> OPEN;
                case "released" -> RELEASED;
                default -> throw LedgerException.invalid("FREEZE_STATUS_UNKNOWN",
                        "未知的冻结状态：" + text.strip() + "（应为 open 或 released）");
            };
        }
    }

    public record Entry(String documentNumber, String kind, LocalDate date, String functionalCode,
                        String economicCode, String projectCode, String fundSource, String origin, Money amount,
                        Money released, Money open, String reason, String recordedBy, Instant recordedAt) {
    }

    private static final String DOCUMENTS = """
            from freeze_document f
            join budget_line l on l.unit = f.unit and l.year = f.year and l.line_id = f.line_id
            left join (select unit, year, document_number, sum(amount) as released from freeze_release
                       where unit = :unit and year = :year group by unit, year, document_number) r
                   on r.unit = f.unit and r.year = f.year and r.document_number = f.document_number
            where f.unit = :unit and f.year = :year
            """;

    /** What the journal sorts by: JSON name → SQL. */
    private static final Map<String, String> SORTS = Map.ofEntries(Map.entry("date", "f.frozen_on"),
            Map.entry("documentNumber", "f.document_number"), Map.entry("kind", "f.kind"),
            Map.entry("projectCode", "l.project_code"), Map.entry("functionalCode", "l.functional_code"),
            Map.entry("economicCode", "l.economic_code"), Map.entry("fundSource", "l.fund_source"),
            Map.entry("amount", "f.amount"), Map.entry("released", "coalesce(r.released, 0)"),
            Map.entry("open", "f.amount - coalesce(r.released, 0)"), Map.entry("reason", "f.reason"),
            Map.entry("recordedAt", "f.recorded_at"));

    private final NamedParameterJdbcTemplate jdbc;
    private final BudgetLedgerRepository ledger;

    public FreezeJournal(NamedParameterJdbcTemplate jdbc, BudgetLedgerRepository ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** A page of the journal (or, asked whole, all of it), filtered as the request and the status say. */
    public Journal<Entry> page(UnitYear budget, JournalRequest request, Status status) {
        ledger.findYear(budget).orElseThrow(() -> BudgetYearNotFound.of(budget));
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("unit", budget.unit())
                .addValue("year", budget.year()).addValue("from", request.from()).addValue("to", request.to())
                .addValue("q", request.pattern()).addValue("project", request.project())
                .addValue("line", request.line()).addValue("limit", request.size())
                .addValue("offset", request.offset());
        String filtered = DOCUMENTS + """
                  and (cast(:from as date) is null or f.frozen_on >= :from)
                  and (cast(:to as date) is null or f.frozen_on <= :to)
                  and (cast(:q as text) is null or f.document_number ilike :q or f.reason ilike :q)
                  and (cast(:project as text) is null or l.project_code = :project)
                  and (cast(:line as uuid) is null or l.line_id = :line)
                """ + switch (status) {
            case ALL -> "";
            case OPEN -> "  and f.amount - coalesce(r.released, 0) > 0\n";
            case RELEASED -> "  and f.amount - coalesce(r.released, 0) = 0\n";
        };
        Long total = jdbc.queryForObject("select count(*) " + filtered, parameters, Long.class);
        List<Entry> items = jdbc.query("""
                select f.document_number, f.kind, f.frozen_on, l.functional_code, l.economic_code, l.project_code,
                       l.fund_source, l.origin, f.amount, coalesce(r.released, 0) as released, f.reason,
                       f.recorded_by, f.recorded_at
                """ + filtered
                + " order by " + request.orderBy(SORTS, "f.frozen_on desc, f.recorded_at desc, f.document_number desc")
                + " limit :limit offset :offset", parameters, FreezeJournal::entry);
        return new Journal<>(total == null ? 0 : total, items);
    }

    @QueryHandler
    public Optional<FreezeView> handle(FindFreezeQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("unit", query.budget().unit())
                .addValue("year", query.budget().year()).addValue("number", query.documentNumber());
        List<FreezeView.Released> releases = jdbc.query("""
                        select released_on, amount from freeze_release
                        where unit = :unit and year = :year and document_number = :number
                        order by released_on, recorded_at""", parameters,
                (rs, row) -> new FreezeView.Released(rs.getDate("released_on").toLocalDate(),
                        Money.ofFen(rs.getLong("amount"))));
        return jdbc.query("select f.document_number, f.kind, f.frozen_on, l.functional_code, l.economic_code, "
                        + "l.project_code, l.fund_source, l.origin, f.amount, coalesce(r.released, 0) as released, "
                        + "f.reason, f.recorded_by, f.recorded_at " + DOCUMENTS + " and f.document_number = :number",
                parameters, FreezeJournal::entry).stream().findFirst()
                .map(entry -> new FreezeView(entry.documentNumber(), entry.date(), LineKey.of(entry.functionalCode(),
                        entry.economicCode(), entry.projectCode(), entry.fundSource(), entry.origin()),
                        entry.amount(), entry.open(), releases));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Money amount = Money.ofFen(rs.getLong("amount"));
        Money released = Money.ofFen(rs.getLong("released"));
        return new Entry(rs.getString("document_number"), rs.getString("kind"),
                rs.getDate("frozen_on").toLocalDate(), rs.getString("functional_code"), rs.getString("economic_code"),
                rs.getString("project_code"), rs.getString("fund_source"), rs.getString("origin"), amount, released,
                amount.minus(released), rs.getString("reason"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

}
