package cn.budgetledger.query.indicators;

import cn.budgetledger.api.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each formula of indicators.md on hand-computed measures, including where it has no value. */
class IndicatorsTest {

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    static Measures measures(String original, String adjusted, String executed, String threePublicOriginal,
                             String threePublicExecuted, String operatingExecuted, String operatingUnmet) {
        return new Measures(yuan(original), yuan(adjusted), yuan(executed), yuan(threePublicOriginal),
                yuan(threePublicExecuted), yuan(operatingExecuted), java.math.BigInteger.valueOf(yuan(operatingUnmet).fen()),
                Money.ZERO, Money.ZERO);
    }

    @Test
    void refusals_beyond_what_a_long_holds_still_give_a_guarantee_rate() {
        // given 100,000 refused vouchers at the largest amount: more fen than a long holds
        Measures refusedMuch = new Measures(yuan("1"), yuan("1"), yuan("1"), yuan("0"), yuan("0"), yuan("1.00"),
                java.math.BigInteger.valueOf(Money.MAX.fen()).multiply(java.math.BigInteger.valueOf(100_000)),
                Money.ZERO, Money.ZERO);

        assertThat(Percent.shown(Indicators.of(refusedMuch.plus(refusedMuch), 0).operationGuaranteeRate())).isEqualTo("0.00");
    }

    @Test
    void the_sum_of_more_unit_years_at_the_bound_than_a_long_holds_is_shown_exactly() {
        // given 100,000 unit-years each at the largest budget, executed in half
        Measures full = measures("999999999999.99", "999999999999.99", "499999999999.99", "0", "0", "0", "0");
        MeasureSums all = MeasureSums.NONE;
        for (int unit = 0; unit < 100_000; unit++) {
            all = all.plus(full.sums());
        }

        IndicatorFigures figures = IndicatorFigures.of(all, 0);

        assertThat(figures.adjusted()).isEqualTo("99999999999999000.00");
        assertThat(figures.available()).isEqualTo("50000000000000000.00");
        assertThat(figures.executionRate()).isEqualTo("50.00");
    }

    @Test
    void execution_rate_is_executed_over_adjusted() {
        // given adjusted 3000, executed 1000: 33.333…% shown 33.33
        Indicators indicators = Indicators.of(measures("2000", "3000", "1000", "0", "0", "0", "0"), 0);
        assertThat(Percent.shown(indicators.executionRate())).isEqualTo("33.33");
    }

    @Test
    void rates_round_half_up_when_shown() {
        // given executed 1 of adjusted 8: 12.5 % exactly; and 2.675 % → 2.68 (not banker's 2.67, not binary 2.67)
        assertThat(Percent.shown(Indicators.of(measures("8", "8", "1", "0", "0", "0", "0"), 0).executionRate()))
                .isEqualTo("12.50");
        assertThat(Percent.shown(Indicators.of(measures("400", "400", "10.70", "0", "0", "0", "0"), 0).executionRate()))
                .isEqualTo("2.68");
    }

    @Test
    void execution_rate_is_null_without_an_adjusted_budget() {
        Indicators indicators = Indicators.of(measures("0", "0", "0", "0", "0", "0", "0"), 0);
        assertThat(indicators.executionRate()).isNull();
    }

    @Test
    void accuracy_deviation_compares_executed_with_the_original_budget() {
        // given original 1000, adjusted 1200, executed 1150: |1150 − 1000| / 1000 = 15 %
        Indicators over = Indicators.of(measures("1000", "1200", "1150", "0", "0", "0", "0"), 0);
        assertThat(Percent.shown(over.accuracyDeviation())).isEqualTo("15.00");
        // under-spending deviates as much: |850 − 1000| / 1000 = 15 %
        Indicators under = Indicators.of(measures("1000", "1000", "850", "0", "0", "0", "0"), 0);
        assertThat(Percent.shown(under.accuracyDeviation())).isEqualTo("15.00");
    }

    @Test
    void accuracy_deviation_is_null_without_an_original_budget() {
        // given a line opened by an adjustment: nothing was compiled for it
        Indicators indicators = Indicators.of(measures("0", "500", "100", "0", "0", "0", "0"), 0);
        assertThat(indicators.accuracyDeviation()).isNull();
        assertThat(Percent.shown(indicators.executionRate())).isEqualTo("20.00");
    }

    @Test
    void operation_guarantee_rate_is_met_over_met_and_unmet() {
        // given 900 executed on operating lines and 100 standing refused: 90 %
        Indicators indicators = Indicators.of(measures("1000", "1000", "950", "0", "0", "900", "100"), 0);
        assertThat(Percent.shown(indicators.operationGuaranteeRate())).isEqualTo("90.00");
    }

    @Test
    void operation_guarantee_rate_is_null_when_nothing_was_needed() {
        Indicators indicators = Indicators.of(measures("1000", "1000", "50", "0", "0", "0", "0"), 0);
        assertThat(indicators.operationGuaranteeRate()).isNull();
    }

    @Test
    void three_public_control_rate_is_executed_over_original_on_three_public_subjects() {
        // given 三公 original 20000, executed 15000.50: 75.0025 % shown 75.00
        Indicators indicators = Indicators.of(measures("90000", "90000", "30000", "20000", "15000.50", "0", "0"), 0);
        assertThat(Percent.shown(indicators.threePublicControlRate())).isEqualTo("75.00");
    }

    @Test
    void three_public_control_rate_is_zero_when_nothing_was_budgeted_nor_spent() {
        Indicators indicators = Indicators.of(measures("1000", "1000", "10", "0", "0", "0", "0"), 0);
        assertThat(indicators.threePublicControlRate()).isEqualByComparingTo("0");
        assertThat(Percent.shown(indicators.threePublicControlRate())).isEqualTo("0.00");
    }

    @Test
    void three_public_control_rate_is_null_when_spent_without_a_budget() {
        Indicators indicators = Indicators.of(measures("1000", "1000", "10", "0", "10", "0", "0"), 0);
        assertThat(indicators.threePublicControlRate()).isNull();
    }

    @Test
    void adjustment_count_is_carried_as_given() {
        assertThat(Indicators.of(Measures.NONE, 6).adjustmentCount()).isEqualTo(6);
    }

    @Test
    void time_progress_counts_the_day_itself() {
        // 2025 has 365 days: 1 January is 1/365, 31 December 100 %, 1 July 182/365 = 49.863…%
        assertThat(Percent.shown(TimeProgress.at(LocalDate.of(2025, 1, 1)))).isEqualTo("0.27");
        assertThat(Percent.shown(TimeProgress.at(LocalDate.of(2025, 7, 1)))).isEqualTo("49.86");
        assertThat(Percent.shown(TimeProgress.at(LocalDate.of(2025, 12, 31)))).isEqualTo("100.00");
        // 2024 is a leap year: 29 February is day 60 of 366
        assertThat(Percent.shown(TimeProgress.at(LocalDate.of(2024, 2, 29)))).isEqualTo("16.39");
    }
}
