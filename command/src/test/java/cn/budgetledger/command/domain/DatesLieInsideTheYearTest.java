package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatesLieInsideTheYearTest {

    private static final UnitYear FISCAL = new UnitYear("503019", 2025);

    @Test
    void the_first_and_last_day_belong_to_the_year_the_days_around_it_do_not() {
        assertThat(DatesLieInsideTheYear.check(FISCAL, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(DatesLieInsideTheYear.check(FISCAL, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(DatesLieInsideTheYear.check(FISCAL, LocalDate.of(2024, 12, 31)))
                .map(Rejection::message).contains("业务日期 2024-12-31 不在 2025 年度内");
        assertThat(DatesLieInsideTheYear.check(FISCAL, null)).map(Rejection::code).contains("DATE_MISSING");
    }
}
