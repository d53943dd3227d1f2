package cn.budgetledger.query.indicators;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The measures of indicators.md, read from the ledger's read model with plain SQL, as of a business date. */
@Repository
public class IndicatorRepository {

    /**
     * Per line of the given units: its movements dated ≤ d, and what stands refused on it: for each voucher not
     * paid by d, the amount of its latest refusal by d (counted on the line that latest refusal named). One
     * statement for one unit or for a whole year's overview.
     */
    private static final String LINES = """
            with figures as (
                select m.unit, m.line_id, sum(m.allocated) as original, sum(m.allocated + m.adjusted) as adjusted,
                       sum(m.paid - m.reversed) as executed, sum(m.frozen) as frozen, sum(m.awaiting) as awaiting
                from line_movements_until(:units, :year, :asOf) m
                group by m.unit, m.line_id
            ), latest_refusal as (
                select distinct on (r.unit, r.voucher) r.unit, r.voucher, r.line_id, r.requested
                from refusal_attempt r
                where r.unit = any(:units) and r.year = :year and r.refused_on <= :asOf
                order by r.unit, r.voucher, r.refused_on desc, r.sequence_number desc
            ), unmet as (
                select lr.unit, lr.line_id, sum(lr.requested) as unmet
                from latest_refusal lr
                where not exists (select 1 from payment p
                                  where p.unit = lr.unit and p.year = :year and p.voucher = lr.voucher and p.paid_on <= :asOf)
                group by lr.unit, lr.line_id
            )
            select l.unit, l.line_id, l.functional_code, l.economic_code, l.project_code, l.project_name,
                   l.project_category, l.fund_source, l.origin, coalesce(f.original, 0) as original,
                   coalesce(f.adjusted, 0) as adjusted, coalesce(f.executed, 0) as executed,
                   coalesce(f.frozen, 0) as frozen, coalesce(f.awaiting, 0) as awaiting,
                   coalesce(u.unmet, 0) as unmet
            from budget_line l
            left join figures f on f.unit = l.unit and f.line_id = l.line_id
            left join unmet u on u.unit = l.unit and u.line_id = l.line_id
            where l.unit = any(:units) and l.year = :year and (f.line_id is not null or u.line_id is not null)
            order by l.unit, l.project_code, l.functional_code, l.economic_code, l.fund_source, l.origin = '上年结转'""";

    /**
     * Adjustment documents dated ≤ d with an entry on the scope's lines, for every line, project and unit of
     * the given units.
     */
    private static final String ADJUSTMENT_DOCUMENTS = """
            select e.unit, l.project_code, e.line_id, grouping(l.project_code, e.line_id) as rollup,
                   count(distinct e.document_number) as documents
            from adjustment_entry e
            join adjustment_document d
              on d.unit = e.unit and d.year = e.year and d.document_number = e.document_number
            join budget_line l on l.unit = e.unit and l.year = e.year and l.line_id = e.line_id
            where e.unit = any(:units) and e.year = :year and d.adjusted_on <= :asOf
            group by grouping sets ((e.unit, l.project_code, e.line_id), (e.unit, l.project_code), (e.unit))""";

    private final NamedParameterJdbcTemplate jdbc;

    public IndicatorRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of the given units of a year as of a date, by unit. */
    public Map<String, List<LineMeasures>> linesAsOf(int year, Collection<String> units, LocalDate asOf) {
        Map<String, List<LineMeasures>> byUnit = new HashMap<>();
        jdbc.query(LINES, parameters(year, units, asOf), rs -> {
            byUnit.computeIfAbsent(rs.getString("unit"), unit -> new ArrayList<>()).add(lineMeasures(rs));
        });
        return byUnit;
    }

    /** The adjustment counts of the given units of a year as of a date, by unit (a unit without any is absent). */
    public Map<String, AdjustmentCounts> adjustmentCountsAsOf(int year, Collection<String> units, LocalDate asOf) {
        Map<String, Integer> byUnit = new HashMap<>();
        Map<String, Map<String, Integer>> byProject = new HashMap<>();
        Map<String, Map<UUID, Integer>> byLine = new HashMap<>();
        jdbc.query(ADJUSTMENT_DOCUMENTS, parameters(year, units, asOf), rs -> {
            String unit = rs.getString("unit");
            int documents = rs.getInt("documents");
            switch (rs.getInt("rollup")) {
                case 0 -> byLine.computeIfAbsent(unit, u -> new HashMap<>()).put(rs.getObject("line_id", UUID.class), documents);
                case 1 -> byProject.computeIfAbsent(unit, u -> new HashMap<>()).put(rs.getString("project_code"), documents);
                default -> byUnit.put(unit, documents);
            }
        });
        Map<String, AdjustmentCounts> counts = new HashMap<>();
        byUnit.forEach((unit, documents) -> counts.put(unit, new AdjustmentCounts(documents,
                Map.copyOf(byProject.getOrDefault(unit, Map.of())), Map.copyOf(byLine.getOrDefault(unit, Map.of())))));
        return counts;
    }

    /** The units go as one array (any(:units)), not expanded into a list of parameters. */
    private static Map<String, Object> parameters(int year, Collection<String> units, LocalDate asOf) {
        return Map.of("units", units.toArray(String[]::new), "year", year, "asOf", asOf);
    }

    private static LineMeasures lineMeasures(ResultSet rs) throws SQLException {
        ProjectCategory category = ProjectCategory.of(rs.getString("project_category"));
        EconomicCode economic = EconomicCode.of(rs.getString("economic_code"));
        Money original = Money.ofFen(rs.getLong("original"));
        Money executed = Money.ofFen(rs.getLong("executed"));
        FundSource fundSource = FundSource.of(rs.getString("fund_source"));
        // 三公经费控制率 counts 财政拨款 only (domain.md "三公 fund scope"), not a unit's own income
        boolean threePublic = economic.isThreePublic() && fundSource.isFiscalAppropriation();
        Measures measures = new Measures(original, Money.ofFen(rs.getLong("adjusted")), executed,
                threePublic ? original : Money.ZERO,
                threePublic ? executed : Money.ZERO,
                category.isOperating() ? executed : Money.ZERO,
                category.isOperating() ? rs.getBigDecimal("unmet").toBigIntegerExact() : BigInteger.ZERO,
                Money.ofFen(rs.getLong("frozen")), Money.ofFen(rs.getLong("awaiting")));
        return new LineMeasures(rs.getObject("line_id", UUID.class), FunctionalCode.of(rs.getString("functional_code")),
                economic, rs.getString("project_code"), rs.getString("project_name"), category,
                fundSource, Origin.of(rs.getString("origin")), measures);
    }
}
