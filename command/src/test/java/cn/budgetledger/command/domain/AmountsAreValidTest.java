package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsAreValidTest {

    @Test
    void a_payment_or_allocation_is_positive_and_bounded() {
        assertThat(AmountsAreValid.checkPositive(Money.parse("0.01"), "支付金额")).isEmpty();
        assertThat(AmountsAreValid.checkPositive(Money.MAX, "支付金额")).isEmpty();
        assertThat(AmountsAreValid.checkPositive(null, "支付金额")).map(Rejection::code).contains("AMOUNT_MISSING");
        assertThat(AmountsAreValid.checkPositive(Money.ZERO, "支付金额")).map(Rejection::code).contains("AMOUNT_NOT_POSITIVE");
        assertThat(AmountsAreValid.checkPositive(Money.MAX.plus(Money.ofFen(1)), "支付金额"))
                .map(Rejection::code).contains("AMOUNT_TOO_LARGE");
    }

    @Test
    void an_adjustment_entry_is_signed_but_not_zero_and_bounded_both_ways() {
        assertThat(AmountsAreValid.checkNonZero(Money.parse("-5.00"), "调整金额")).isEmpty();
        assertThat(AmountsAreValid.checkNonZero(Money.ZERO, "调整金额")).map(Rejection::message).contains("调整金额不能为零");
        assertThat(AmountsAreValid.checkNonZero(Money.MAX.plus(Money.ofFen(1)).negate(), "调整金额"))
                .map(Rejection::code).contains("AMOUNT_TOO_LARGE");
    }
}
