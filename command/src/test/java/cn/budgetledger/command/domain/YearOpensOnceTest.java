package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearOpensOnceTest {

    @Test
    void a_year_opened_again_for_another_unit_names_the_unit_it_was_opened_for() {
        UnitYear fiscal = new UnitYear("503019", 2025);

        assertThat(YearOpensOnce.check(fiscal, "信息中心", true)).isEmpty();
        assertThat(YearOpensOnce.check(fiscal, "信息中心", false)).hasValueSatisfying(rejection -> {
            assertThat(rejection.code()).isEqualTo("YEAR_ALREADY_OPEN");
            assertThat(rejection.message()).contains("「信息中心」");
        });
    }
}
