package cn.budgetledger.query.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The units with an opened budget year, from the ledger's read model. */
@Repository
public class KnownUnits {

    private final JdbcTemplate jdbc;

    public KnownUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<KnownUnit> all() {
        return jdbc.query("""
                        select unit,
                               (array_agg(unit_name order by year desc))[1] as unit_name,
                               (array_agg(parent_code order by year desc))[1] as parent_code,
                               array_agg(year order by year desc) as years
                        from budget_year group by unit order by unit""",
                (row, i) -> new KnownUnit(row.getString("unit"), row.getString("unit_name"),
                        row.getString("parent_code"), years(row.getArray("years"))));
    }

    /** The department (parent code) named by the unit's latest opened budget year that names one. */
    public Optional<String> parentCodeOf(String unit) {
        return jdbc.queryForList("""
                select parent_code from budget_year where unit = ? and parent_code is not null
                order by year desc limit 1""", String.class, unit).stream().findFirst();
    }

    private static List<Integer> years(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
