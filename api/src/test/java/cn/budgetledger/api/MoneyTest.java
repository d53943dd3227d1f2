package cn.budgetledger.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1200700.00;120070000", "1,200,700.5;120070050", "0.01;1", "-20000;-2000000", "+3.1;310",
            " 42 ;4200", "999999999999.99;99999999999999", "1，000.00;100000", ".5;50"})
    void reads_yuan_as_finance_staff_write_them(String written, long fen) {
        assertThat(Money.parse(written).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.001", "0.005", "12.345"})
    void refuses_more_than_two_decimals(String written) {
        assertThatThrownBy(() -> Money.parse(written))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("AMOUNT_TOO_PRECISE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "1e5", "¥100", "--1", "NaN"})
    void refuses_what_is_not_an_amount(String written) {
        assertThatThrownBy(() -> Money.parse(written))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("AMOUNT_MALFORMED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,50", "1,2,3", ",100", "100,", "1,2345", "12,34.00", "1,234,56", "1，50", "1,,234",
            "1,234,567,8", "-,100", "1,234.5,6"})
    void refuses_thousands_separators_out_of_their_place(String written) {
        assertThatThrownBy(() -> Money.parse(written))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("AMOUNT_MALFORMED"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1,234.50;123450", "1,234,567;123456700", "-1,000;-100000", "999,999,999,999.99;99999999999999",
            "1，234，567.00;123456700", "123;12300"})
    void reads_thousands_separators_in_groups_of_three(String written, long fen) {
        assertThat(Money.parse(written).fen()).isEqualTo(fen);
    }

    @Test
    void refuses_amounts_beyond_what_fen_can_hold() {
        assertThatThrownBy(() -> Money.parse("99999999999999999999999"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("AMOUNT_TOO_LARGE"));
    }

    @Test
    void writes_yuan_with_exactly_two_decimals() {
        assertThat(Money.ofFen(120070050)).hasToString("1200700.50");
        assertThat(Money.ofFen(-1)).hasToString("-0.01");
        assertThat(Money.ZERO).hasToString("0.00");
    }

    @ParameterizedTest
    @CsvSource({"73850.00,7.39", "73849.99,7.38", "11160250.00,1116.03", "49.99,0.00", "50.00,0.01", "-50.00,-0.01"})
    void rounds_to_wan_yuan_half_up_from_the_exact_amount(String yuan, String wanYuan) {
        assertThat(Money.parse(yuan).toWanYuan()).isEqualTo(wanYuan);
    }

    @Test
    void people_read_an_amount_with_its_thousands_grouped() {
        assertThat(Money.parse("6182180.00").grouped()).isEqualTo("6,182,180.00");
        assertThat(Money.parse("-1234.5").grouped()).isEqualTo("-1,234.50");
        assertThat(Money.parse("0.07").grouped()).isEqualTo("0.07");
        assertThat(Money.MAX.grouped()).isEqualTo("999,999,999,999.99");
    }
}
