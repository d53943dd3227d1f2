package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Reads each line's exact figure for the public tables from the ledger's read model, in plain SQL. */
@Repository
public class DisclosureRepository {

    private static final String LINES = """
            select l.unit, l.functional_code, l.economic_code, l.project_code, l.project_name, l.project_category,
                   l.fund_source, l.origin, sum(m.allocated) as original, sum(m.allocated + m.adjusted) as adjusted,
                   sum(m.paid - m.reversed) as executed
            from budget_line l
            join line_movements_until(:units, :year, :asOf) m on m.unit = l.unit and m.line_id = l.line_id
            where l.unit = any(:units) and l.year = :year %s
            group by l.unit, l.line_id, l.functional_code, l.economic_code, l.project_code, l.project_name,
                     l.project_category, l.fund_source, l.origin""";

    private final NamedParameterJdbcTemplate jdbc;

    public DisclosureRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lines whose figure on the basis is not zero, as of the date, of the fund sources asked (all when none): a
     * source's carried (上年结转) lines with its own, since carried money keeps its fund source. Of one unit or of a
     * department's units, read in one statement.
     */
    public List<DisclosureLine> lines(Collection<String> units, int year, Basis basis, LocalDate asOf,
                                      Set<FundSource> sources) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("units", units.toArray(String[]::new))
                .addValue("year", year).addValue("asOf", asOf)
                .addValue("sources", sources.stream().map(FundSource::label).toList());
        String sourceFilter = sources.isEmpty() ? "" : "and l.fund_source in (:sources)";
        return jdbc.query(LINES.formatted(sourceFilter), parameters, (rs, row) -> new DisclosureLine(rs.getString("unit"),
                        FunctionalCode.of(rs.getString("functional_code")), EconomicCode.of(rs.getString("economic_code")),
                        rs.getString("project_code"), rs.getString("project_name"),
                        ProjectCategory.of(rs.getString("project_category")), FundSource.of(rs.getString("fund_source")),
                        Origin.of(rs.getString("origin")), Money.ofFen(rs.getLong(basis.column()))))
                .stream().filter(line -> !line.amount().isZero()).toList();
    }
}
