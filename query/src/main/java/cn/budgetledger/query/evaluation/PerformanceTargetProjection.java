package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.events.IndicatorActualRecordedEvent;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import cn.budgetledger.query.ledger.EventSavepoint;
import cn.budgetledger.query.rebuild.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Performance targets as last revised, and the latest actual of each manual indicator. */
@Component
@ProcessingGroup(PerformanceTargetProjection.PROCESSING_GROUP)
public class PerformanceTargetProjection implements ReadModelTables {

    public static final String PROCESSING_GROUP = "performance-targets";

    private final JdbcTemplate jdbc;

    public PerformanceTargetProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PerformanceTargetSetEvent event, @SequenceNumber Long sequenceNumber) {
        EventSavepoint.around(jdbc, () -> jdbc.update("""
                    insert into performance_target (unit, year, scope, indicator_key, indicator, first_level, second_level,
                                                    comparator, target_value, unit_of_measure, weight, direction, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (unit, year, scope, indicator_key) do update set
                        indicator = excluded.indicator, first_level = excluded.first_level,
                        second_level = excluded.second_level, comparator = excluded.comparator,
                        target_value = excluded.target_value, unit_of_measure = excluded.unit_of_measure,
                        weight = excluded.weight, direction = excluded.direction""",
                    event.budget().unit(), event.budget().year(), scope(event.projectCode()),
                    new IndicatorName(event.indicator()).key(), event.indicator(), event.firstLevel(), event.secondLevel(),
                    event.comparator().name(), event.targetValue(), event.unitOfMeasure(), event.weight(),
                    event.direction().name(), sequenceNumber));
    }

    @EventHandler
    void on(IndicatorActualRecordedEvent event) {
        EventSavepoint.around(jdbc, () -> jdbc.update("""
                    insert into indicator_actual (unit, year, scope, indicator_key, actual, deviation_reason)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (unit, year, scope, indicator_key) do update set
                        actual = excluded.actual, deviation_reason = excluded.deviation_reason""",
                    event.budget().unit(), event.budget().year(), scope(event.projectCode()),
                    new IndicatorName(event.indicator()).key(), event.actual(), event.deviationReason()));
    }

    @Override
    public List<String> readModelTables() {
        return List.of("performance_target", "indicator_actual");
    }

    @ResetHandler
    void reset() {
        jdbc.execute(truncateStatement());
    }

    static String scope(String projectCode) {
        return projectCode == null ? "" : projectCode;
    }
}
