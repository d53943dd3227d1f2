package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoSpendingWithoutBudgetTest {

    private static final LineKey LINE = LineKey.of("2080199", "30213", "P1", "一般公共预算拨款");

    @Test
    void an_adjustment_may_take_a_line_down_to_zero_but_not_below() {
        assertThat(NoSpendingWithoutBudget.checkAdjustment(LINE, Money.parse("100.00"), Money.parse("-100.00"))).isEmpty();
        assertThat(NoSpendingWithoutBudget.checkAdjustment(LINE, Money.parse("100.00"), Money.parse("-100.01")))
                .map(Rejection::code).contains("INSUFFICIENT_BUDGET");
    }

    @Test
    void a_refused_payment_is_told_what_it_asked_and_what_the_line_had() {
        Rejection refusal = NoSpendingWithoutBudget.refusal(Money.parse("2000.00"), Money.parse("1500.00"));

        assertThat(refusal.code()).isEqualTo("PAYMENT_REFUSED");
        assertThat(refusal.message()).contains("拒付", "2,000.00", "1,500.00", "超过指标可用余额");
    }
}
