package cn.budgetledger.api;

import cn.budgetledger.api.events.IndicatorActualRecordedEvent;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 指标值 as finance staff write it: a number, or the text of a qualitative target (formats.md §4). */
class IndicatorValueTest {

    @Test
    void text_that_is_not_a_number_makes_a_qualitative_target() {
        assertThat(IndicatorValue.isQualitative("即办即领")).isTrue();
        assertThat(IndicatorValue.isQualitative("7*24 小时运行")).isTrue();
        assertThat(IndicatorValue.isQualitative("100%")).isTrue();
    }

    @Test
    void a_number_or_a_mistyped_number_is_never_qualitative() {
        assertThat(IndicatorValue.isQualitative("99.9")).isFalse();
        assertThat(IndicatorValue.isQualitative("1,200")).isFalse();
        // a separator out of place is a typing error, refused as before rather than read as text
        assertThat(IndicatorValue.isQualitative("1,50")).isFalse();
        assertThatThrownBy(() -> IndicatorValue.parse("1,50", "指标值")).hasMessageContaining("指标值应为数字");
        assertThat(IndicatorValue.isQualitative(" ")).isFalse();
        assertThat(IndicatorValue.isQualitative(null)).isFalse();
    }

    @Test
    void levels_are_read_by_their_names_and_stored_by_them() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(AchievementLevel.of(" 部分达成 ")).isEqualTo(AchievementLevel.PARTLY_ACHIEVED);
        assertThat(json.writeValueAsString(AchievementLevel.ACHIEVED)).isEqualTo("\"达成\"");
        assertThat(json.readValue("\"未达成\"", AchievementLevel.class)).isEqualTo(AchievementLevel.NOT_ACHIEVED);
        assertThatThrownBy(() -> AchievementLevel.of("很好")).hasMessageContaining("未知的完成等级");
        // 部分达成 of a weight of 20: 12 to 16 points
        assertThat(AchievementLevel.PARTLY_ACHIEVED.lowestPoints(new BigDecimal("20"))).isEqualByComparingTo("12");
        assertThat(AchievementLevel.PARTLY_ACHIEVED.highestPoints(new BigDecimal("20"))).isEqualByComparingTo("16");
    }

    @Test
    void the_comparator_of_a_qualitative_target_is_written_定性() {
        assertThat(IndicatorComparator.of("定性")).isEqualTo(IndicatorComparator.QUALITATIVE);
        assertThat(IndicatorComparator.QUALITATIVE.asksForMore()).isFalse();
        assertThat(IndicatorComparator.QUALITATIVE.asksForLess()).isFalse();
    }

    @Test
    void target_and_actual_events_stored_before_qualitative_targets_read_as_quantitative() throws Exception {
        ObjectMapper json = new ObjectMapper();
        UnitYear budget = new UnitYear("302002", 2025);
        ObjectNode target = json.valueToTree(new PerformanceTargetSetEvent(budget, null, "产出指标", "数量指标", "科目调整次数",
                IndicatorComparator.AT_MOST, new BigDecimal("5"), "次", new BigDecimal("20"), IndicatorDirection.NEGATIVE, null));
        ObjectNode actual = json.valueToTree(new IndicatorActualRecordedEvent(budget, null, "系统可用度",
                new BigDecimal("99.5"), null, null, null));
        target.remove("qualitativeValue");
        actual.remove(java.util.List.of("level", "points"));

        assertThat(json.treeToValue(target, PerformanceTargetSetEvent.class).qualitativeValue()).isNull();
        IndicatorActualRecordedEvent old = json.treeToValue(actual, IndicatorActualRecordedEvent.class);
        assertThat(old.actual()).isEqualByComparingTo("99.5");
        assertThat(old.level()).isNull();
        assertThat(old.points()).isNull();
    }
}
