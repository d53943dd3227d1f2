package cn.budgetledger.app.security;

import cn.budgetledger.query.ledger.KnownUnits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Which department (主管部门) a unit belongs to, as KnownUnits.departmentOf reads it from its one home (the view
 * department_of_unit): as an administrator set it, else as its latest opened budget year says (its parent code).
 */
@Component
public class Departments {

    private final JdbcTemplate jdbc;
    private final KnownUnits units;

    public Departments(JdbcTemplate jdbc, KnownUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Optional<String> of(String unit) {
        return units.departmentOf(unit);
    }

    /** The units the department holds, in any year. */
    public List<String> units(String department) {
        return units.unitsOf(department);
    }

    public void assign(String unit, String department, String administrator) {
        jdbc.update("""
                insert into unit_department (unit, department, set_by) values (?, ?, ?)
                on conflict (unit) do update set department = excluded.department, set_by = excluded.set_by, set_at = now()""",
                unit, department, administrator);
    }
}
