package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.UnitYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the performance targets and manual actuals with plain SQL. */
@Repository
public class PerformanceTargetRepository {

    private final JdbcTemplate jdbc;

    public PerformanceTargetRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every target of the unit-year: the unit's first, then by project, each in the order first set. */
    public List<PerformanceTarget> targets(UnitYear budget) {
        return jdbc.query("""
                        select scope, indicator, first_level, second_level, comparator, target_value, unit_of_measure,
                               weight, direction, qualitative_value
                        from performance_target where unit = ? and year = ?
                        order by scope, position""",
                (rs, row) -> new PerformanceTarget(rs.getString("scope").isEmpty() ? null : rs.getString("scope"),
                        rs.getString("first_level"), rs.getString("second_level"),
                        new IndicatorName(rs.getString("indicator")),
                        IndicatorComparator.valueOf(rs.getString("comparator")), rs.getBigDecimal("target_value"),
                        rs.getString("unit_of_measure"), rs.getBigDecimal("weight"),
                        IndicatorDirection.valueOf(rs.getString("direction")), rs.getString("qualitative_value")),
                budget.unit(), budget.year());
    }

    /** Actuals by scope ('' for the unit) and indicator key. */
    public Map<String, IndicatorActual> actuals(UnitYear budget) {
        Map<String, IndicatorActual> actuals = new HashMap<>();
        jdbc.query("""
                        select scope, indicator_key, actual, deviation_reason, level, points
                        from indicator_actual where unit = ? and year = ?""",
                rs -> {
                    String level = rs.getString("level");
                    actuals.put(key(rs.getString("scope"), rs.getString("indicator_key")),
                            new IndicatorActual(rs.getBigDecimal("actual"), rs.getString("deviation_reason"),
                                    level == null ? null : AchievementLevel.valueOf(level), rs.getBigDecimal("points")));
                }, budget.unit(), budget.year());
        return actuals;
    }

    static String key(String projectCode, String indicatorKey) {
        return (projectCode == null ? "" : projectCode) + "|" + indicatorKey;
    }
}
