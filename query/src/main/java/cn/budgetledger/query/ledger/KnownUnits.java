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
                        select y.unit,
                               (array_agg(y.unit_name order by y.year desc))[1] as unit_name,
                               (array_agg(y.parent_code order by y.year desc))[1] as parent_code,
                               max(d.department) as department,
                               array_agg(y.year order by y.year desc) as years,
                               coalesce(array_agg(y.year order by y.year desc) filter (where y.closed_on is not null),
                                        '{}') as closed_years
                        from budget_year y left join department_of_unit d on d.unit = y.unit
                        group by y.unit order by y.unit""",
                (row, i) -> new KnownUnit(row.getString("unit"), row.getString("unit_name"),
                        row.getString("parent_code"), row.getString("department"), years(row.getArray("years")),
                        years(row.getArray("closed_years"))));
    }

    /**
     * The unit's department (主管部门) as the view department_of_unit defines it, its one home: an administrator's
     * setting, else the parent code of its latest opened budget year that names one.
     */
    public Optional<String> departmentOf(String unit) {
        return jdbc.queryForList("select department from department_of_unit where unit = ? and department is not null",
                String.class, unit).stream().findFirst();
    }

    /** Every unit the department holds (department_of_unit), in any year. */
    public List<String> unitsOf(String department) {
        return jdbc.queryForList("select unit from department_of_unit where department = ? order by unit",
                String.class, department);
    }

    private static List<Integer> years(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
