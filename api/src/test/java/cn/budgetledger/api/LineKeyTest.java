package cn.budgetledger.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
    void carries_over_into_the_same_line_and_fund_source_of_origin_carried_over() {
        assertThat(line.carriedOver().fundSource()).isEqualTo(FundSource.GENERAL_PUBLIC_BUDGET);
        assertThat(line.carriedOver().origin()).isEqualTo(Origin.CARRIED_OVER);
        assertThat(line.carriedOver().projectCode()).isEqualTo(line.projectCode());
        assertThat(line.carriedOver()).isNotEqualTo(line);
        assertThat(LineKey.valueOf(line.carriedOver().toString())).isEqualTo(line.carriedOver());
    }

    @Test
    void a_line_of_this_year_keeps_the_id_it_had_before_lines_had_an_origin() {
        assertThat(line.origin()).isEqualTo(Origin.CURRENT_YEAR);
        assertThat(line.id()).isEqualTo(UUID.nameUUIDFromBytes(
                "2080199|30213|42010022503T000000142|GENERAL_PUBLIC_BUDGET".getBytes(StandardCharsets.UTF_8)));
        assertThat(line.carriedOver().id()).isNotEqualTo(line.id());
    }

    @Test
    void an_old_line_of_the_pseudo_fund_source_is_carried_money_and_keeps_its_id() {
        LineKey legacy = LineKey.of("2080199", "30213", "42010022503T000000142", "上年结转结余");
        assertThat(legacy.origin()).isEqualTo(Origin.CARRIED_OVER);
        assertThat(legacy.carriedOver()).isEqualTo(legacy);
        assertThat(legacy.id()).isEqualTo(UUID.nameUUIDFromBytes(
                "2080199|30213|42010022503T000000142|CARRIED_OVER".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_request_may_leave_the_origin_unnamed_and_an_unknown_origin_is_refused() {
        assertThat(LineKey.of("2080199", "30213", "P", "一般公共预算拨款", " ").namesOrigin()).isFalse();
        assertThat(LineKey.of("2080199", "30213", "P", "一般公共预算拨款", "上年结转").origin()).isEqualTo(Origin.CARRIED_OVER);
        assertThatThrownBy(() -> LineKey.of("2080199", "30213", "P", "一般公共预算拨款", "前年"))
                .isInstanceOfSatisfying(LedgerException.class, f -> assertThat(f.code()).isEqualTo("ORIGIN_UNKNOWN"));
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
