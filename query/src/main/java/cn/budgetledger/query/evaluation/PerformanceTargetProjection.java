package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.IndicatorActualRecordedEvent;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import cn.budgetledger.query.sql.EventSavepoint;
import cn.budgetledger.query.rebuild.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Performance targets as last revised, and the latest actual of each manual indicator. */
@Component
@ProcessingGroup(PerformanceTargetProjection.PROCESSING_GROUP)
public class PerformanceTargetProjection implements ReadModelTables {

    public static final String PROCESSING_GROUP = "performance-targets";

    private final NamedParameterJdbcTemplate jdbc;

    public PerformanceTargetProjection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    void on(PerformanceTargetSetEvent event, @SequenceNumber Long sequenceNumber) {
        EventSavepoint.around(jdbc.getJdbcTemplate(), () -> jdbc.update("""
                    insert into performance_target (unit, year, scope, indicator_key, indicator, first_level, second_level,
                                                    comparator, target_value, unit_of_measure, weight, direction, position,
                                                    qualitative_value)
                    values (:unit, :year, :scope, :indicatorKey, :indicator, :firstLevel, :secondLevel,
                            :comparator, :targetValue, :unitOfMeasure, :weight, :direction, :position,
                            :qualitativeValue)
                    on conflict (unit, year, scope, indicator_key) do update set
                        indicator = excluded.indicator, first_level = excluded.first_level,
                        second_level = excluded.second_level, comparator = excluded.comparator,
                        target_value = excluded.target_value, unit_of_measure = excluded.unit_of_measure,
                        weight = excluded.weight, direction = excluded.direction,
                        qualitative_value = excluded.qualitative_value""",
                    indicatorOf(event.budget(), event.projectCode(), event.indicator())
                            .addValue("indicator", event.indicator())
                            .addValue("firstLevel", event.firstLevel())
                            .addValue("secondLevel", event.secondLevel())
                            .addValue("comparator", event.comparator().name())
                            .addValue("targetValue", event.targetValue())
                            .addValue("unitOfMeasure", event.unitOfMeasure())
                            .addValue("weight", event.weight())
                            .addValue("direction", event.direction().name())
                            .addValue("position", sequenceNumber)
                            .addValue("qualitativeValue", event.qualitativeValue())));
    }

    @EventHandler
    void on(IndicatorActualRecordedEvent event) {
        EventSavepoint.around(jdbc.getJdbcTemplate(), () -> jdbc.update("""
                    insert into indicator_actual (unit, year, scope, indicator_key, actual, deviation_reason, level,
                                                  points)
                    values (:unit, :year, :scope, :indicatorKey, :actual, :deviationReason, :level, :points)
                    on conflict (unit, year, scope, indicator_key) do update set
                        actual = excluded.actual, deviation_reason = excluded.deviation_reason,
                        level = excluded.level, points = excluded.points""",
                    indicatorOf(event.budget(), event.projectCode(), event.indicator())
                            .addValue("actual", event.actual())
                            .addValue("deviationReason", event.deviationReason())
                            .addValue("level", event.level() == null ? null : event.level().name())
                            .addValue("points", event.points())));
    }

    @Override
    public List<String> readModelTables() {
        return List.of("performance_target", "indicator_actual");
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute(truncateStatement());
    }

    /** The parameters that say which indicator of which unit-year a row is. */
    private static MapSqlParameterSource indicatorOf(UnitYear budget, String projectCode, String indicator) {
        return new MapSqlParameterSource("unit", budget.unit()).addValue("year", budget.year())
                .addValue("scope", scope(projectCode)).addValue("indicatorKey", new IndicatorName(indicator).key());
    }

    static String scope(String projectCode) {
        return projectCode == null ? "" : projectCode;
    }
}
