package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetsAreBoundedTest {

    @Test
    void a_sum_of_more_amounts_at_the_bound_than_a_long_holds_stays_just_past_the_bound() {
        Money sum = BudgetsAreBounded.sum(Collections.nCopies(100_000, Money.MAX));

        assertThat(sum).isEqualTo(Money.MAX.plus(Money.ofFen(1)));
        assertThat(BudgetsAreBounded.checkOriginal(Money.ZERO, sum))
                .hasValueSatisfying(rejection -> assertThat(rejection.code()).isEqualTo("BUDGET_TOTAL_TOO_LARGE"));
    }

    @Test
    void a_year_may_reach_the_bound_exactly() {
        assertThat(BudgetsAreBounded.checkOriginal(Money.parse("999999999999.00"), Money.parse("0.99"))).isEmpty();
        assertThat(BudgetsAreBounded.checkOriginal(Money.parse("999999999999.00"), Money.parse("1.00"))).isPresent();
    }
}
