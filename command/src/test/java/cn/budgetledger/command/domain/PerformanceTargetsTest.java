package cn.budgetledger.command.domain;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.RecordIndicatorActualCommand;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.IndicatorActualRecordedEvent;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.budgetledger.api.IndicatorComparator.AT_LEAST;
import static cn.budgetledger.api.IndicatorComparator.AT_MOST;
import static cn.budgetledger.api.IndicatorComparator.EQUAL;
import static cn.budgetledger.api.IndicatorComparator.QUALITATIVE;
import static cn.budgetledger.api.AchievementLevel.ACHIEVED;
import static cn.budgetledger.api.AchievementLevel.NOT_ACHIEVED;
import static cn.budgetledger.api.AchievementLevel.PARTLY_ACHIEVED;
import static cn.budgetledger.api.IndicatorDirection.NEGATIVE;
import static cn.budgetledger.api.IndicatorDirection.POSITIVE;

import static cn.budgetledger.command.domain.LedgerRules.rule;

/** Performance targets and manual actuals: given past events, when a command, then events or a "no". */
class PerformanceTargetsTest {

    static final UnitYear BUDGET = new UnitYear("302002", 2025);
    static final Project PUBLIC_FUNDS = new Project("51170025302G000000001", "日常公用经费", ProjectCategory.PUBLIC_FUNDS);
    static final LineKey OFFICE = LineKey.of("2080150", "30201", PUBLIC_FUNDS.code(), "一般公共预算拨款");
    static final String PROJECT = PUBLIC_FUNDS.code();

    AggregateTestFixture<UnitYearBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitYearBudget.class);
        // An empty register: a year read from its first event remembers every voucher itself.
        fixture.registerInjectableResource(new RegisterOfEvents());
        fixture.registerInjectableResource(RuleSettings.DEFAULT);
    }

    static BudgetYearOpenedEvent opened() {
        return new BudgetYearOpenedEvent(BUDGET, "达州市人力资源和社会保障信息管理中心", "302");
    }

    static BudgetAllocatedEvent allocated() {
        return new BudgetAllocatedEvent(BUDGET, "批复-1", LocalDate.of(2025, 1, 1),
                List.of(new Allocation(OFFICE, PUBLIC_FUNDS, Money.parse("50000.00"))));
    }

    static SetPerformanceTargetCommand target(String project, String indicator, IndicatorComparator comparator,
                                              String value, String weight, IndicatorDirection direction) {
        return new SetPerformanceTargetCommand(BUDGET, project, "产出指标", "数量指标", indicator, comparator,
                new BigDecimal(value), "次", new BigDecimal(weight), direction);
    }

    static PerformanceTargetSetEvent targetSet(String project, String indicator, IndicatorComparator comparator,
                                               String value, String weight, IndicatorDirection direction) {
        return new PerformanceTargetSetEvent(BUDGET, project, "产出指标", "数量指标", indicator, comparator,
                new BigDecimal(value), "次", new BigDecimal(weight), direction, null);
    }

    @Nested
    class SettingTargets {

        @Test
        void sets_a_target_of_a_project() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .expectEvents(targetSet(PROJECT, "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void an_empty_project_code_means_the_unit_as_a_whole() {
            fixture.given(opened(), allocated())
                    .when(target("  ", "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .expectEvents(targetSet(null, "科目调整次数", AT_MOST, "5", "20", NEGATIVE));
        }

        @Test
        void the_same_target_sent_again_changes_nothing_however_its_numbers_are_written() {
            fixture.given(opened(), allocated(), targetSet(PROJECT, "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .when(target(PROJECT, "科目调整次数", AT_MOST, "5.00", "20.0", NEGATIVE))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void setting_it_again_with_another_value_revises_it() {
            fixture.given(opened(), allocated(), targetSet(PROJECT, "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .when(target(PROJECT, "科目调整次数", AT_MOST, "3", "20", NEGATIVE))
                    .expectEvents(targetSet(PROJECT, "科目调整次数", AT_MOST, "3", "20", NEGATIVE))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void quotes_do_not_make_another_indicator() {
            fixture.given(opened(), allocated(), targetSet(PROJECT, "\"三公经费\"控制率", AT_MOST, "100", "20", NEGATIVE))
                    .when(target(PROJECT, "“三公经费”控制率", AT_MOST, "90", "20", NEGATIVE))
                    .expectEvents(targetSet(PROJECT, "“三公经费”控制率", AT_MOST, "90", "20", NEGATIVE));
        }

        @Test
        void names_a_project_of_the_budget() {
            fixture.given(opened(), allocated())
                    .when(target("NO-SUCH-PROJECT", "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .expectException(rule("TARGET_PROJECT_NOT_FOUND"));
        }

        @Test
        void a_direction_must_agree_with_the_comparator() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "科目调整次数", AT_MOST, "5", "20", POSITIVE))
                    .expectException(rule("DIRECTION_CONTRADICTS_COMPARATOR"));
        }

        @Test
        void an_equality_target_may_be_either_direction() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "运转保障率", EQUAL, "100", "20", POSITIVE))
                    .expectEvents(targetSet(PROJECT, "运转保障率", EQUAL, "100", "20", POSITIVE));
        }

        @Test
        void an_equality_target_of_zero_cannot_be_scored() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "运转保障率", EQUAL, "0", "20", POSITIVE))
                    .expectException(rule("TARGET_VALUE_INVALID"));
        }

        @Test
        void a_weight_lies_above_zero_and_at_most_100() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "科目调整次数", AT_MOST, "5", "0", NEGATIVE))
                    .expectException(rule("WEIGHT_INVALID"));
        }

        @Test
        void a_target_value_is_not_negative() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "系统可用度", AT_LEAST, "-1", "10", POSITIVE))
                    .expectException(rule("TARGET_VALUE_INVALID"));
        }

        @Test
        void a_target_needs_its_levels() {
            fixture.given(opened(), allocated())
                    .when(new SetPerformanceTargetCommand(BUDGET, PROJECT, "", "数量指标", "科目调整次数", AT_MOST,
                            BigDecimal.valueOf(5), "次", BigDecimal.valueOf(20), NEGATIVE))
                    .expectException(rule("TARGET_INCOMPLETE"));
        }

        @Test
        void a_closed_year_takes_no_targets() {
            fixture.given(opened(), allocated(),
                            new BudgetYearClosedEvent(BUDGET, LocalDate.of(2025, 12, 31), "达州", "302", List.of()))
                    .when(target(PROJECT, "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .expectException(rule("YEAR_CLOSED"));
        }
    }

    @Nested
    class RecordingActuals {

        final PerformanceTargetSetEvent availability =
                targetSet(PROJECT, "系统可用度", AT_LEAST, "99.9", "10", POSITIVE);

        @Test
        void records_the_actual_of_a_manual_indicator_with_its_reason() {
            fixture.given(opened(), allocated(), availability)
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.50"), " 机房断电 "))
                    .expectEvents(new IndicatorActualRecordedEvent(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.5"), "机房断电", null, null))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void the_same_actual_sent_again_changes_nothing() {
            fixture.given(opened(), allocated(), availability,
                            new IndicatorActualRecordedEvent(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.5"), null, null, null))
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.5"), ""))
                    .expectNoEvents()
                    .expectResultMessagePayload(DocumentOutcome.UNCHANGED);
        }

        @Test
        void recording_again_replaces_it() {
            fixture.given(opened(), allocated(), availability,
                            new IndicatorActualRecordedEvent(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.5"), null, null, null))
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.95"), null))
                    .expectEvents(new IndicatorActualRecordedEvent(BUDGET, PROJECT, "系统可用度", new BigDecimal("99.95"), null, null, null));
        }

        @Test
        void needs_a_target_in_that_scope() {
            fixture.given(opened(), allocated(), availability)
                    .when(new RecordIndicatorActualCommand(BUDGET, null, "系统可用度", new BigDecimal("99.5"), null))
                    .expectException(rule("TARGET_NOT_FOUND"));
        }

        @Test
        void a_computed_indicator_takes_no_manual_actual() {
            fixture.given(opened(), allocated(), targetSet(PROJECT, "科目调整次数", AT_MOST, "5", "20", NEGATIVE))
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "科目调整次数", BigDecimal.ONE, null))
                    .expectException(rule("ACTUAL_OF_COMPUTED_INDICATOR"));
        }

        @Test
        void an_actual_is_a_number() {
            fixture.given(opened(), allocated(), availability)
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "系统可用度", null, null))
                    .expectException(rule("NUMBER_MISSING"));
        }
    }

    /** 定性指标: a text 指标值, and an actual that is a 完成等级 with points inside its band (indicators.md). */
    @Nested
    class QualitativeTargets {

        final PerformanceTargetSetEvent cards = new PerformanceTargetSetEvent(BUDGET, PROJECT, "产出指标", "时效指标",
                "社会保障卡申领", QUALITATIVE, null, "", new BigDecimal("20"), POSITIVE, "即办即领");

        static SetPerformanceTargetCommand qualitative(String indicator, IndicatorComparator comparator, String value,
                                                       String unitOfMeasure) {
            return new SetPerformanceTargetCommand(BUDGET, PROJECT, "产出指标", "时效指标", indicator, comparator, null,
                    unitOfMeasure, new BigDecimal("20.0"), POSITIVE, value);
        }

        static RecordIndicatorActualCommand graded(AchievementLevel level, String points) {
            return new RecordIndicatorActualCommand(BUDGET, PROJECT, "社会保障卡申领", null, "个别网点排队",
                    level, points == null ? null : new BigDecimal(points));
        }

        @Test
        void a_text_target_value_makes_a_qualitative_target_with_no_unit_of_measure() {
            fixture.given(opened(), allocated())
                    .when(qualitative("社会保障卡申领", QUALITATIVE, " 即办即领 ", null))
                    .expectEvents(cards)
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void its_comparator_may_be_left_as_given() {
            fixture.given(opened(), allocated())
                    .when(qualitative("系统运行", EQUAL, "7*24 小时运行", "小时"))
                    .expectEvents(new PerformanceTargetSetEvent(BUDGET, PROJECT, "产出指标", "时效指标", "系统运行", EQUAL,
                            null, "小时", new BigDecimal("20"), POSITIVE, "7*24 小时运行"));
        }

        @Test
        void qualitative_with_a_number_is_refused() {
            fixture.given(opened(), allocated())
                    .when(target(PROJECT, "社会保障卡申领", QUALITATIVE, "100", "20", POSITIVE))
                    .expectException(rule("TARGET_VALUE_INVALID"))
                    .expectNoEvents();
        }

        @Test
        void a_computed_indicator_is_never_qualitative() {
            fixture.given(opened(), allocated())
                    .when(qualitative("预算执行率", QUALITATIVE, "较好", "%"))
                    .expectException(rule("QUALITATIVE_COMPUTED_INDICATOR"));
        }

        @Test
        void its_actual_is_a_level_with_points_inside_the_band_and_a_reason() {
            fixture.given(opened(), allocated(), cards)
                    .when(graded(PARTLY_ACHIEVED, "13.50"))
                    .expectEvents(new IndicatorActualRecordedEvent(BUDGET, PROJECT, "社会保障卡申领", null, "个别网点排队",
                            PARTLY_ACHIEVED, new BigDecimal("13.5")))
                    .expectResultMessagePayload(DocumentOutcome.RECORDED);
        }

        @Test
        void a_band_holds_its_lower_end() {
            fixture.given(opened(), allocated(), cards)
                    .when(graded(ACHIEVED, "16"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_full_weight_is_achieved() {
            fixture.given(opened(), allocated(), cards)
                    .when(graded(ACHIEVED, "20"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void points_fit_one_level_only_so_the_upper_end_of_a_lower_band_is_outside_it() {
            // 部分达成 is 60 % (含) to 80 % (不含) of the weight 20: 16 points are 达成, not 部分达成
            fixture.given(opened(), allocated(), cards)
                    .when(graded(PARTLY_ACHIEVED, "16"))
                    .expectException(rule("POINTS_OUTSIDE_BAND"))
                    .expectExceptionMessage("「社会保障卡申领」完成等级为「部分达成」时得分应在 12 至 16 分之间（不含 16 分）（权重 20 分），填报的得分为 16")
                    .expectNoEvents();
        }

        @Test
        void a_grade_states_its_reason() {
            fixture.given(opened(), allocated(), cards)
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "社会保障卡申领", null, " ",
                            PARTLY_ACHIEVED, new BigDecimal("13.5")))
                    .expectException(rule("GRADING_REASON_MISSING"))
                    .expectNoEvents();
        }

        @Test
        void points_outside_the_band_of_their_level_are_refused() {
            // 达成 is 80–100 % of the weight 20: 16 to 20 points
            fixture.given(opened(), allocated(), cards)
                    .when(graded(ACHIEVED, "15.99"))
                    .expectException(rule("POINTS_OUTSIDE_BAND"))
                    .expectExceptionMessage("「社会保障卡申领」完成等级为「达成」时得分应在 16 至 20 分之间（权重 20 分），填报的得分为 15.99")
                    .expectNoEvents();
        }

        @Test
        void a_level_needs_its_points() {
            fixture.given(opened(), allocated(), cards)
                    .when(graded(NOT_ACHIEVED, null))
                    .expectException(rule("NUMBER_MISSING"));
        }

        @Test
        void a_qualitative_target_takes_a_level_not_a_number() {
            fixture.given(opened(), allocated(), cards)
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "社会保障卡申领", new BigDecimal("95"), null))
                    .expectException(rule("LEVEL_MISSING"));
        }

        @Test
        void a_numeric_target_still_refuses_a_level() {
            fixture.given(opened(), allocated(), targetSet(PROJECT, "社会保障卡申领", AT_LEAST, "99", "20", POSITIVE))
                    .when(graded(ACHIEVED, "18"))
                    .expectException(rule("LEVEL_OF_QUANTITATIVE_TARGET"));
        }

        @Test
        void a_target_revised_to_a_number_takes_numbers_again() {
            fixture.given(opened(), allocated(), cards,
                            targetSet(PROJECT, "社会保障卡申领", AT_LEAST, "99", "20", POSITIVE))
                    .when(new RecordIndicatorActualCommand(BUDGET, PROJECT, "社会保障卡申领", new BigDecimal("99.5"), null))
                    .expectSuccessfulHandlerExecution();
        }
    }
}
