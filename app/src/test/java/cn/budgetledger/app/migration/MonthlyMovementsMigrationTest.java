package cn.budgetledger.app.migration;

import cn.budgetledger.query.support.Schema;
import cn.budgetledger.query.support.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger that already has day movements gets its monthly roll-up when it is migrated to V8_1. */
class MonthlyMovementsMigrationTest {

    @Test
    void the_days_already_recorded_are_summed_into_their_months() {
        try (SharedPostgres postgres = SharedPostgres.start()) {
            JdbcTemplate jdbc = postgres.jdbc();
            UUID line = UUID.randomUUID();
            Schema.migrate(jdbc.getDataSource(), "7.1");
            jdbc.update("""
                    insert into line_day_movement (unit, year, line_id, business_date, allocated, adjusted, paid, reversed)
                    values ('503019', 2025, ?, date '2025-01-01', 100000, 0, 0, 0),
                           ('503019', 2025, ?, date '2025-01-20', 0, 0, 1500, 0),
                           ('503019', 2025, ?, date '2025-01-31', 0, -200, 300, 100),
                           ('503019', 2025, ?, date '2025-02-01', 0, 0, 700, 0)""", line, line, line, line);

            Schema.migrate(jdbc.getDataSource(), Schema.LATEST);

            List<Map<String, Object>> months = jdbc.queryForList("""
                    select month::text as month, allocated, adjusted, paid, reversed from line_month_movement
                    where unit = '503019' and year = 2025 and line_id = ? order by month""", line);
            assertThat(months).containsExactly(
                    Map.of("month", "2025-01-01", "allocated", 100000L, "adjusted", -200L, "paid", 1800L, "reversed", 100L),
                    Map.of("month", "2025-02-01", "allocated", 0L, "adjusted", 0L, "paid", 700L, "reversed", 0L));
        }
    }
}
