package cn.budgetledger.app.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Every unit with an opened budget year, from the ledger's read model. */
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

    private static List<Integer> years(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
