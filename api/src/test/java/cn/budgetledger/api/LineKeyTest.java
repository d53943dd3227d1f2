package cn.budgetledger.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineKeyTest {

    final LineKey line = LineKey.of("2080199", "30213", "42010022503T000000142", "一般公共预算拨款");

    @Test
    void reads_back_what_it_writes_so_snapshots_can_key_maps_by_it() {
        assertThat(LineKey.valueOf(line.toString())).isEqualTo(line);
    }

    @Test
    void has_the_same_id_every_time() {
        assertThat(LineKey.of("2080199", "30213", "42010022503T000000142", "GENERAL_PUBLIC_BUDGET").id()).isEqualTo(line.id());
    }

    @Test
    void carries_over_into_the_same_line_funded_from_last_years_balance() {
        assertThat(line.carriedOver().fundSource()).isEqualTo(FundSource.CARRIED_OVER);
        assertThat(line.carriedOver().projectCode()).isEqualTo(line.projectCode());
    }

    @Test
    void refuses_malformed_codes() {
        assertThatThrownBy(() -> LineKey.of("208019", "30213", "P", "一般公共预算拨款"))
                .isInstanceOfSatisfying(LedgerException.class, f -> assertThat(f.code()).isEqualTo("FUNCTIONAL_CODE_MALFORMED"));
        assertThatThrownBy(() -> LineKey.of("2080199", "3021", "P", "一般公共预算拨款"))
                .isInstanceOfSatisfying(LedgerException.class, f -> assertThat(f.code()).isEqualTo("ECONOMIC_CODE_MALFORMED"));
        assertThatThrownBy(() -> LineKey.of("2080199", "30213", " ", "一般公共预算拨款"))
                .isInstanceOfSatisfying(LedgerException.class, f -> assertThat(f.code()).isEqualTo("PROJECT_CODE_MISSING"));
    }
}
