package cn.budgetledger.app.security;

import cn.budgetledger.query.ledger.KnownUnits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which department (主管部门) a unit belongs to: as an administrator set it, else as its latest opened budget
 * year says (its parent code).
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
        return assigned(unit).or(() -> units.parentCodeOf(unit));
    }

    /** The department an administrator set, if any. */
    public Optional<String> assigned(String unit) {
        return jdbc.queryForList("select department from unit_department where unit = ?", String.class, unit)
                .stream().findFirst();
    }

    public void assign(String unit, String department, String administrator) {
        jdbc.update("""
                insert into unit_department (unit, department, set_by) values (?, ?, ?)
                on conflict (unit) do update set department = excluded.department, set_by = excluded.set_by, set_at = now()""",
                unit, department, administrator);
    }
}
