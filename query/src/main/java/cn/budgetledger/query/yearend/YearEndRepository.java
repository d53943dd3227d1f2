package cn.budgetledger.query.yearend;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.ledger.YearEndOutcome;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

/** Reads the balances recorded at closing, with their lines, in plain SQL. */
@Repository
public class YearEndRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public YearEndRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ordered by fund source, project and line, as the report groups them. */
    public List<YearEndReport.LineBalance> balances(UnitYear budget) {
        return jdbc.query("""
                        select b.line_id, l.functional_code, l.economic_code, l.project_code, l.project_name,
                               l.project_category, l.fund_source, b.outcome, b.amount
                        from year_end_balance b
                        join budget_line l on l.unit = b.unit and l.year = b.year and l.line_id = b.line_id
                        where b.unit = :unit and b.year = :year
                        order by l.fund_source, l.project_code, l.functional_code, l.economic_code, b.line_id""",
                new MapSqlParameterSource("unit", budget.unit()).addValue("year", budget.year()),
                (rs, row) -> new YearEndReport.LineBalance(rs.getObject("line_id", UUID.class),
                        rs.getString("functional_code"), rs.getString("economic_code"), rs.getString("project_code"),
                        rs.getString("project_name"), rs.getString("project_category"), rs.getString("fund_source"),
                        YearEndOutcome.of(rs.getString("outcome")), Money.ofFen(rs.getLong("amount"))));
    }
}
