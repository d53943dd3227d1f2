package cn.budgetledger.command.domain;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.LineKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The target rules an import checks a row by, one column at a time. */
class TargetPoliciesTest {

    private static final IndicatorName SATISFACTION = new IndicatorName("群众满意度");

    @Test
    void an_equal_target_is_above_zero_and_no_target_is_negative() {
        assertThat(TargetsAreWellFormed.checkValue(SATISFACTION, IndicatorComparator.AT_LEAST, BigDecimal.ZERO)).isEmpty();
        assertThat(TargetsAreWellFormed.checkValue(SATISFACTION, IndicatorComparator.EQUAL, BigDecimal.ZERO))
                .map(Rejection::code).contains("TARGET_VALUE_INVALID");
        assertThat(TargetsAreWellFormed.checkValue(SATISFACTION, IndicatorComparator.AT_MOST, BigDecimal.valueOf(-1)))
                .map(Rejection::code).contains("TARGET_VALUE_INVALID");
    }

    @Test
    void a_weight_is_above_zero_and_at_most_100_points() {
        assertThat(TargetsAreWellFormed.checkWeight(SATISFACTION, BigDecimal.valueOf(100))).isEmpty();
        assertThat(TargetsAreWellFormed.checkWeight(SATISFACTION, BigDecimal.ZERO)).map(Rejection::code).contains("WEIGHT_INVALID");
        assertThat(TargetsAreWellFormed.checkWeight(SATISFACTION, new BigDecimal("100.01"))).isPresent();
    }

    @Test
    void an_equal_target_may_point_either_way_the_others_as_their_comparator_says() {
        assertThat(DirectionMatchesComparator.check("x", IndicatorComparator.EQUAL, IndicatorDirection.NEGATIVE)).isEmpty();
        assertThat(DirectionMatchesComparator.check("x", IndicatorComparator.GREATER_THAN, IndicatorDirection.POSITIVE)).isEmpty();
        assertThat(DirectionMatchesComparator.check("x", IndicatorComparator.LESS_THAN, IndicatorDirection.POSITIVE))
                .map(Rejection::code).contains("DIRECTION_CONTRADICTS_COMPARATOR");
    }

    @Test
    void a_unit_target_needs_no_project_a_project_target_a_project_with_lines() {
        Set<LineKey> lines = Set.of(LineKey.of("2080199", "30213", "P1", "一般公共预算拨款"));

        assertThat(TargetsNameKnownProjects.check(null, lines)).isEmpty();
        assertThat(TargetsNameKnownProjects.check("P1", lines)).isEmpty();
        assertThat(TargetsNameKnownProjects.check("P9", lines)).map(Rejection::code).contains("TARGET_PROJECT_NOT_FOUND");
    }

    @Test
    void an_actual_is_given_only_for_an_indicator_the_ledger_does_not_compute() {
        assertThat(ActualsNeedAManualTarget.checkManual(SATISFACTION)).isEmpty();
        assertThat(ActualsNeedAManualTarget.checkManual(new IndicatorName("预算执行率")))
                .map(Rejection::code).contains("ACTUAL_OF_COMPUTED_INDICATOR");
    }
}
