package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.IndicatorActualRecordedEvent;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Performance targets as last revised, in the order first set, and the latest actual of each manual indicator. */
class PerformanceTargetProjectionTest {

    static final UnitYear BUDGET = new UnitYear("503019", 2025);
    static final String PROJECT = "P503019XX";

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final PerformanceTargetProjection projection = new PerformanceTargetProjection(jdbc);
    final PerformanceTargetRepository targets = new PerformanceTargetRepository(jdbc);
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void noTargets() {
        jdbc.execute(projection.truncateStatement());
    }

    @Test
    void a_revised_target_takes_its_new_values_and_keeps_its_place() {
        // given three targets: two of the unit, one of a project set between them
        processor.handle(target(null, "\"三公经费\"控制率", IndicatorComparator.AT_MOST, "100.00"),
                target(PROJECT, "系统上线数量", IndicatorComparator.AT_LEAST, "3"),
                target(null, "预算执行率", IndicatorComparator.AT_LEAST, "90.00"));

        // when the first is revised, its name written with other quotes
        processor.handle(target(null, "“三公经费”控制率", IndicatorComparator.LESS_THAN, "95.00"));

        // then it is still one target, first of the unit's, with the revision's values; the project's come after
        assertThat(targets.targets(BUDGET)).containsExactly(
                expected(null, "“三公经费”控制率", IndicatorComparator.LESS_THAN, "95.00"),
                expected(null, "预算执行率", IndicatorComparator.AT_LEAST, "90.00"),
                expected(PROJECT, "系统上线数量", IndicatorComparator.AT_LEAST, "3"));
    }

    @Test
    void an_actual_recorded_again_replaces_the_one_before_in_its_scope() {
        // given actuals of one indicator for the unit and for a project
        processor.handle(new IndicatorActualRecordedEvent(BUDGET, null, "满意度", new BigDecimal("88.5"), null, null, null),
                new IndicatorActualRecordedEvent(BUDGET, PROJECT, "满意度", new BigDecimal("91"), null, null, null));

        // when the unit's is recorded again, with a reason for its deviation
        processor.handle(new IndicatorActualRecordedEvent(BUDGET, null, "“满意度”", new BigDecimal("85.0"),
                "问卷样本少", null, null));

        // then each scope has its latest actual
        assertThat(targets.actuals(BUDGET)).isEqualTo(Map.of(
                PerformanceTargetRepository.key(null, "满意度"), new IndicatorActual(new BigDecimal("85.0"), "问卷样本少", null, null),
                PerformanceTargetRepository.key(PROJECT, "满意度"), new IndicatorActual(new BigDecimal("91"), null, null, null)));
    }

    @Test
    void a_qualitative_target_keeps_its_text_and_its_actual_its_level_and_points() {
        // given a qualitative target (定性指标) of the project, with no unit of measure
        processor.handle(new PerformanceTargetSetEvent(BUDGET, PROJECT, "产出指标", "时效指标", "社会保障卡申领",
                IndicatorComparator.QUALITATIVE, null, "", new BigDecimal("20"), IndicatorDirection.POSITIVE, "即办即领"));

        // when its actual is recorded as 部分达成 with 13.5 points and a reason
        processor.handle(new IndicatorActualRecordedEvent(BUDGET, PROJECT, "社会保障卡申领", null, "个别网点排队",
                AchievementLevel.PARTLY_ACHIEVED, new BigDecimal("13.5")));

        // then both read back as recorded
        assertThat(targets.targets(BUDGET)).containsExactly(new PerformanceTarget(PROJECT, "产出指标", "时效指标",
                new IndicatorName("社会保障卡申领"), IndicatorComparator.QUALITATIVE, null, "", new BigDecimal("20"),
                IndicatorDirection.POSITIVE, "即办即领"));
        assertThat(targets.actuals(BUDGET)).isEqualTo(Map.of(PerformanceTargetRepository.key(PROJECT, "社会保障卡申领"),
                new IndicatorActual(null, "个别网点排队", AchievementLevel.PARTLY_ACHIEVED, new BigDecimal("13.5"))));
    }

    private static PerformanceTargetSetEvent target(String projectCode, String indicator, IndicatorComparator comparator,
                                                    String value) {
        return new PerformanceTargetSetEvent(BUDGET, projectCode, "产出指标", "数量指标", indicator, comparator,
                new BigDecimal(value), "%", new BigDecimal("10"), IndicatorDirection.POSITIVE, null);
    }

    private static PerformanceTarget expected(String projectCode, String indicator, IndicatorComparator comparator,
                                              String value) {
        return new PerformanceTarget(projectCode, "产出指标", "数量指标", new IndicatorName(indicator), comparator,
                new BigDecimal(value), "%", new BigDecimal("10"), IndicatorDirection.POSITIVE, null);
    }
}
