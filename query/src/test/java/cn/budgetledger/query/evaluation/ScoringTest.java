package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.query.indicators.Measures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static cn.budgetledger.api.AchievementLevel.ACHIEVED;
import static cn.budgetledger.api.AchievementLevel.NOT_ACHIEVED;
import static cn.budgetledger.api.AchievementLevel.PARTLY_ACHIEVED;
import static cn.budgetledger.api.IndicatorComparator.AT_LEAST;
import static cn.budgetledger.api.IndicatorComparator.AT_MOST;
import static cn.budgetledger.api.IndicatorComparator.EQUAL;
import static cn.budgetledger.api.IndicatorComparator.GREATER_THAN;
import static cn.budgetledger.api.IndicatorComparator.LESS_THAN;
import static cn.budgetledger.api.IndicatorComparator.QUALITATIVE;
import static org.assertj.core.api.Assertions.assertThat;

/** The scoring rules of indicators.md, each on a hand-computed case. */
class ScoringTest {

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static String shown(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Nested
    class ExecutionRate {

        @Test
        void scores_ten_points_times_the_rate() {
            // given an execution rate of 87.5 %, then 10 × 87.5 / 100 = 8.75
            assertThat(shown(Scoring.executionScore(n("87.5")))).isEqualTo("8.75");
        }

        @Test
        void above_one_hundred_percent_scores_no_more_than_ten() {
            assertThat(Scoring.executionScore(n("104.2"))).isEqualByComparingTo("10");
        }

        @Test
        void a_rate_that_cannot_be_computed_scores_zero() {
            assertThat(Scoring.executionScore(null)).isEqualByComparingTo("0");
        }
    }

    @Nested
    class MetTargets {

        @Test
        void a_met_target_scores_its_whole_weight() {
            assertThat(Scoring.targetScore(AT_MOST, n("5"), n("3"), n("20"))).isEqualByComparingTo("20");
            assertThat(Scoring.targetScore(AT_LEAST, n("95"), n("95"), n("10"))).isEqualByComparingTo("10");
            assertThat(Scoring.targetScore(EQUAL, n("100"), n("100.00"), n("20"))).isEqualByComparingTo("20");
        }

        @Test
        void strict_comparators_are_missed_at_the_target_itself() {
            // given "< 5" and an actual of exactly 5, then 反向: 20 × 5 / 5 = 20, capped at the weight
            assertThat(Scoring.targetScore(LESS_THAN, n("5"), n("5"), n("20"))).isEqualByComparingTo("20");
            // given "> 90" and an actual of 90, then 正向: 10 × 90 / 90 = 10
            assertThat(Scoring.targetScore(GREATER_THAN, n("90"), n("90"), n("10"))).isEqualByComparingTo("10");
        }
    }

    @Nested
    class MissedTargets {

        @Test
        void a_positive_target_scores_weight_times_actual_over_target() {
            // given ≥ 99.9 weighted 10 and an actual of 95: 10 × 95 / 99.9 = 9.50950…
            assertThat(shown(Scoring.targetScore(AT_LEAST, n("99.9"), n("95"), n("10")))).isEqualTo("9.51");
        }

        @Test
        void a_negative_target_scores_weight_times_target_over_actual() {
            // given ≤ 5 次 weighted 20 and 6 adjustments: 20 × 5 / 6 = 16.666…
            assertThat(shown(Scoring.targetScore(AT_MOST, n("5"), n("6"), n("20")))).isEqualTo("16.67");
            // given ≤ 5 % weighted 30 and a deviation of 12.5 %: 30 × 5 / 12.5 = 12
            assertThat(Scoring.targetScore(AT_MOST, n("5"), n("12.5"), n("30"))).isEqualByComparingTo("12");
        }

        @Test
        void an_equality_target_loses_the_relative_deviation() {
            // given = 100 % weighted 20 and an actual of 97.5: 20 × (1 − 2.5/100) = 19.5
            assertThat(Scoring.targetScore(EQUAL, n("100"), n("97.5"), n("20"))).isEqualByComparingTo("19.5");
            // above the target counts the same as below: 20 × (1 − 10/100) = 18
            assertThat(Scoring.targetScore(EQUAL, n("100"), n("110"), n("20"))).isEqualByComparingTo("18");
        }

        @Test
        void an_equality_target_of_zero_met_scores_its_weight_and_missed_scores_nothing() {
            // given = 0 次 weighted 20: no relative deviation exists, so it is all or nothing
            assertThat(Scoring.targetScore(EQUAL, n("0"), n("0"), n("20"))).isEqualByComparingTo("20");
            assertThat(Scoring.targetScore(EQUAL, n("0"), n("1"), n("20"))).isEqualByComparingTo("0");
        }

        @Test
        void an_equality_target_never_scores_below_zero() {
            // given = 100 and an actual of 250: 1 − 150/100 < 0, so 0
            assertThat(Scoring.targetScore(EQUAL, n("100"), n("250"), n("20"))).isEqualByComparingTo("0");
        }

        @Test
        void a_missed_target_never_scores_above_its_weight() {
            // given "> 90" with 正向 and an actual of 90: the formula gives the whole weight, and no more;
            // given "< 0" missed by 0, the formula would divide by zero: 0
            assertThat(Scoring.targetScore(LESS_THAN, n("0"), n("0"), n("20"))).isEqualByComparingTo("0");
            // given ≥ 0 missed with a negative actual: never negative
            assertThat(Scoring.targetScore(AT_LEAST, n("80"), n("-5"), n("10"))).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Grades {

        @Test
        void excellent_from_ninety_percent_of_the_maximum() {
            assertThat(Grade.of(n("90"), n("100"))).isEqualTo(Grade.EXCELLENT);
            assertThat(Grade.of(n("89.999"), n("100"))).isEqualTo(Grade.GOOD);
        }

        @Test
        void good_from_eighty_percent() {
            assertThat(Grade.of(n("80"), n("100"))).isEqualTo(Grade.GOOD);
            assertThat(Grade.of(n("79.99"), n("100"))).isEqualTo(Grade.FAIR);
        }

        @Test
        void fair_from_sixty_percent_and_poor_below() {
            assertThat(Grade.of(n("60"), n("100"))).isEqualTo(Grade.FAIR);
            assertThat(Grade.of(n("59.99"), n("100"))).isEqualTo(Grade.POOR);
            assertThat(Grade.of(n("0"), n("100"))).isEqualTo(Grade.POOR);
        }

        @Test
        void the_share_is_of_the_scope_s_own_maximum() {
            // given a project with one target of weight 10, its maximum is 10 + 10: 18 of 20 is 优
            ScopeEvaluation project = scope(List.of(new IndicatorScore(CARDS, null, ACHIEVED, n("9"), null, null, false)));
            assertThat(project.maximum()).isEqualByComparingTo("20");
            assertThat(project.grade()).isEqualTo(Grade.EXCELLENT);
        }

        @Test
        void a_scope_with_no_targets_has_no_grade() {
            // given a unit with no targets and 9.75 of the 10 points of 预算执行率: a grade would mislead (item 8)
            ScopeEvaluation unit = scope(List.of());
            assertThat(unit.hasTargets()).isFalse();
            assertThat(unit.total()).isEqualByComparingTo("9");
            assertThat(unit.grade()).isNull();
        }

        static ScopeEvaluation scope(List<IndicatorScore> indicators) {
            return new ScopeEvaluation(null, "单位", null, Measures.NONE, n("90"), n("9"), null, indicators);
        }
    }

    /** 定性指标: 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % of the weight; the points given inside. */
    @Nested
    class QualitativeTargets {

        @Test
        void score_the_points_given_inside_their_band() {
            // given weight 20 and 部分达成 with 13.5 points (12–16): 13.5
            assertThat(Scoring.qualitativeScore(PARTLY_ACHIEVED, n("13.5"), n("20"))).isEqualByComparingTo("13.5");
            assertThat(Scoring.qualitativeScore(ACHIEVED, n("20"), n("20"))).isEqualByComparingTo("20");
            assertThat(Scoring.qualitativeScore(NOT_ACHIEVED, n("0"), n("20"))).isEqualByComparingTo("0");
        }

        @Test
        void points_left_outside_by_a_revised_weight_are_kept_to_the_band() {
            // given 达成 with 19 points of a weight of 20, then the weight revised to 10: at most 10
            assertThat(Scoring.qualitativeScore(ACHIEVED, n("19"), n("10"))).isEqualByComparingTo("10");
            // and revised to 30: 达成 is at least 24
            assertThat(Scoring.qualitativeScore(ACHIEVED, n("19"), n("30"))).isEqualByComparingTo("24");
        }

        @Test
        void the_report_shows_its_text_and_its_level() {
            IndicatorScore graded = new IndicatorScore(CARDS, null, PARTLY_ACHIEVED, n("7"), "排队", null, false);
            assertThat(CARDS.shown()).isEqualTo("即办即领");
            assertThat(graded.actualShown()).isEqualTo("部分达成");
        }
    }

    @Nested
    class Readings {

        @Test
        void the_accuracy_indicator_says_it_is_a_deviation_where_lower_is_better() {
            PerformanceTarget accuracy = new PerformanceTarget(null, "产出指标", "质量指标", new IndicatorName("预算编制准确率"),
                    AT_MOST, n("5"), "%", n("30"), IndicatorDirection.NEGATIVE, null);
            assertThat(accuracy.nameShown()).isEqualTo("预算编制准确率（实为偏差率 ∣执行−年初∣/年初，越低越好）");
            assertThat(accuracy.shown()).isEqualTo("≤5%");
            assertThat(CARDS.nameShown()).isEqualTo("社会保障卡申领");
        }
    }

    static final PerformanceTarget CARDS = new PerformanceTarget("P-1", "产出指标", "时效指标", new IndicatorName("社会保障卡申领"),
            QUALITATIVE, null, "", n("10"), IndicatorDirection.POSITIVE, "即办即领");
}
