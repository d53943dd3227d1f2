package cn.budgetledger.query.ledger;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.LineHistoryEntry;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.query.catalogue.SubjectNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the ledger's read model with plain SQL. */
@Repository
public class BudgetLedgerRepository {

    /** A unit-year as the read model knows it; department is the unit's 主管部门 (department_of_unit), or null. */
    public record YearRow(String unitName, String parentCode, String department, LocalDate closedOn) {
    }

    private static final String LINES_AS_OF = """
            select l.line_id, l.functional_code, l.economic_code, l.project_code, l.project_name,
                   l.project_category, l.fund_source, l.origin,
                   fn.name as functional_name, en.name as economic_name,
                   sum(m.allocated) as original, sum(m.allocated + m.adjusted) as adjusted,
                   sum(m.paid - m.reversed) as executed, sum(m.frozen) as frozen, sum(m.awaiting) as awaiting
            from budget_line l
            join line_movements_until(:units, :year, :asOf) m on m.unit = l.unit and m.line_id = l.line_id
            left join learned_subject_name fn on fn.kind = 'FUNCTIONAL' and fn.code = l.functional_code
            left join learned_subject_name en on en.kind = 'ECONOMIC' and en.code = l.economic_code
            where l.unit = :unit and l.year = :year %s
            group by l.line_id, l.functional_code, l.economic_code, l.project_code, l.project_name,
                     l.project_category, l.fund_source, l.origin, fn.name, en.name
            order by l.project_code, l.functional_code, l.economic_code, l.fund_source, l.origin = '上年结转'""";

    private final NamedParameterJdbcTemplate jdbc;

    public BudgetLedgerRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<YearRow> findYear(UnitYear budget) {
        return jdbc.query("""
                        select y.unit_name, y.parent_code, d.department, y.closed_on
                        from budget_year y left join department_of_unit d on d.unit = y.unit
                        where y.unit = :unit and y.year = :year""",
                of(budget), (rs, row) -> yearRow(rs)).stream().findFirst();
    }

    /** Every unit with a budget in the year, by unit code. */
    public Map<String, YearRow> yearsOf(int year) {
        Map<String, YearRow> years = new LinkedHashMap<>();
        jdbc.query("""
                        select y.unit, y.unit_name, y.parent_code, d.department, y.closed_on
                        from budget_year y left join department_of_unit d on d.unit = y.unit
                        where y.year = :year order by y.unit""",
                Map.of("year", year), rs -> {
                    years.put(rs.getString("unit"), yearRow(rs));
                });
        return years;
    }

    /**
     * The units of a department (主管部门, as department_of_unit decides it, the one notion access control and the
     * overview read) with a budget in the year, by unit code; empty where it has none.
     */
    public Map<String, YearRow> yearsOfDepartment(String department, int year) {
        Map<String, YearRow> years = new LinkedHashMap<>();
        jdbc.query("""
                        select y.unit, y.unit_name, y.parent_code, d.department, y.closed_on
                        from budget_year y join department_of_unit d on d.unit = y.unit
                        where y.year = :year and d.department = :department order by y.unit""",
                Map.of("year", year, "department", department), rs -> {
                    years.put(rs.getString("unit"), yearRow(rs));
                });
        return years;
    }

    private static YearRow yearRow(ResultSet rs) throws SQLException {
        return new YearRow(rs.getString("unit_name"), rs.getString("parent_code"), rs.getString("department"),
                Optional.ofNullable(rs.getDate("closed_on")).map(Date::toLocalDate).orElse(null));
    }

    /** Every line with at least one movement dated on or before asOf, with its figures as of then. */
    public List<LineView> linesAsOf(UnitYear budget, LocalDate asOf) {
        return jdbc.query(LINES_AS_OF.formatted(""), asOf(budget, asOf), (rs, row) -> lineView(rs));
    }

    public Optional<LineView> lineAsOf(UnitYear budget, UUID lineId, LocalDate asOf) {
        return jdbc.query(LINES_AS_OF.formatted("and l.line_id = :lineId"), asOf(budget, asOf).addValue("lineId", lineId),
                (rs, row) -> lineView(rs)).stream().findFirst();
    }

    /**
     * The line's history in business-date order (then the order the unit-year recorded it), each row with the
     * 可用余额 after it: the running sum of how each event moved it, as the projection recorded that.
     */
    public List<LineHistoryEntry> history(UnitYear budget, UUID lineId) {
        return jdbc.query("""
                        select business_date, kind, document, amount, detail, recorded_by, recorded_at, available_change,
                               sum(available_change) over (order by business_date, sequence, recorded_at, event_id
                                                           rows unbounded preceding) as balance
                        from line_history where unit = :unit and year = :year and line_id = :lineId
                        order by business_date, sequence, recorded_at, event_id""",
                of(budget).addValue("lineId", lineId), (rs, row) -> {
                    String kind = rs.getString("kind");
                    Money amount = Money.ofFen(rs.getLong("amount"));
                    return new LineHistoryEntry(rs.getDate("business_date").toLocalDate(), kind,
                            rs.getString("document"), amount, rs.getString("detail"), rs.getString("recorded_by"),
                            rs.getTimestamp("recorded_at").toInstant(), Money.ofFen(rs.getLong("available_change")),
                            Money.ofFen(rs.getLong("balance")),
                            BudgetLedgerProjection.REFUSED.equals(kind) ? amount : null);
                });
    }

    private static MapSqlParameterSource of(UnitYear budget) {
        return new MapSqlParameterSource("unit", budget.unit()).addValue("year", budget.year());
    }

    /** The unit-year's lines as of the date (line_movements_until takes the units as an array). */
    private static MapSqlParameterSource asOf(UnitYear budget, LocalDate asOf) {
        return of(budget).addValue("units", new String[]{budget.unit()}).addValue("asOf", asOf);
    }

    private static LineView lineView(ResultSet rs) throws SQLException {
        // Summed in SQL numeric: a line's original, adjusted and executed are within the aggregate's bound
        // (BudgetsAreBounded), while its gross payments and reversals alone are not.
        Money original = Money.ofFen(rs.getLong("original"));
        Money adjusted = Money.ofFen(rs.getLong("adjusted"));
        Money executed = Money.ofFen(rs.getLong("executed"));
        String functional = rs.getString("functional_code");
        String economic = rs.getString("economic_code");
        return new LineView(rs.getObject("line_id", UUID.class), FunctionalCode.of(functional),
                EconomicCode.of(economic), rs.getString("project_code"),
                rs.getString("project_name"), ProjectCategory.of(rs.getString("project_category")),
                FundSource.of(rs.getString("fund_source")), Origin.of(rs.getString("origin")),
                Figures.of(original, adjusted, executed, Money.ofFen(rs.getLong("frozen")),
                        Money.ofFen(rs.getLong("awaiting"))),
                SubjectNames.of(SubjectKind.FUNCTIONAL, functional, Optional.ofNullable(rs.getString("functional_name"))),
                SubjectNames.of(SubjectKind.ECONOMIC, economic, Optional.ofNullable(rs.getString("economic_name"))));
    }
}
