package cn.budgetledger.api;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UnitYearTest {

    final UnitYear budget = new UnitYear("503019", 2025);

    @Test
    void keeps_a_date_inside_the_fiscal_year() {
        assertThat(budget.keepInside(LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(budget.keepInside(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(budget.keepInside(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void reads_back_its_identity() {
        assertThat(UnitYear.parse(budget.toString())).isEqualTo(budget);
    }
}
