package cn.budgetledger.command.domain;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.AdjustmentEntry;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdjustmentTypeSetsTheSignsTest {

    private static final LineKey LINE = LineKey.of("2080199", "30213", "P1", "一般公共预算拨款");

    @Test
    void an_entry_adds_in_a_increase_and_removes_in_a_decrease_either_in_a_reallocation() {
        assertThat(AdjustmentTypeSetsTheSigns.checkEntry(AdjustmentType.INCREASE, yuan("5"))).isEmpty();
        assertThat(AdjustmentTypeSetsTheSigns.checkEntry(AdjustmentType.INCREASE, yuan("-5")))
                .map(Rejection::code).contains("ADJUSTMENT_SIGN");
        assertThat(AdjustmentTypeSetsTheSigns.checkEntry(AdjustmentType.DECREASE, yuan("5")))
                .map(Rejection::code).contains("ADJUSTMENT_SIGN");
        assertThat(AdjustmentTypeSetsTheSigns.checkEntry(AdjustmentType.REALLOCATION, yuan("-5"))).isEmpty();
    }

    @Test
    void only_a_reallocation_must_sum_to_zero() {
        assertThat(AdjustmentTypeSetsTheSigns.checkSum(AdjustmentType.REALLOCATION, yuan("-100")))
                .map(Rejection::code).contains("REALLOCATION_UNBALANCED");
        assertThat(AdjustmentTypeSetsTheSigns.checkSum(AdjustmentType.REALLOCATION, Money.ZERO)).isEmpty();
        assertThat(AdjustmentTypeSetsTheSigns.checkSum(AdjustmentType.INCREASE, yuan("100"))).isEmpty();
    }

    @Test
    void a_document_has_a_type_and_entries_none_of_them_empty_or_zero() {
        List<AdjustmentEntry> one = List.of(new AdjustmentEntry(LINE, yuan("5"), null));
        assertThat(AdjustmentTypeSetsTheSigns.check(AdjustmentType.INCREASE, one)).isEmpty();
        assertThat(AdjustmentTypeSetsTheSigns.check(null, one)).map(Rejection::code).contains("ADJUSTMENT_TYPE_MISSING");
        assertThat(AdjustmentTypeSetsTheSigns.check(AdjustmentType.INCREASE, List.of()))
                .map(Rejection::code).contains("ADJUSTMENT_EMPTY");
        assertThat(AdjustmentTypeSetsTheSigns.check(AdjustmentType.INCREASE, Arrays.asList((AdjustmentEntry) null)))
                .map(Rejection::code).contains("ADJUSTMENT_ENTRY_MISSING");
        assertThat(AdjustmentTypeSetsTheSigns.check(AdjustmentType.INCREASE,
                List.of(new AdjustmentEntry(LINE, Money.ZERO, null)))).map(Rejection::code).contains("AMOUNT_ZERO");
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
