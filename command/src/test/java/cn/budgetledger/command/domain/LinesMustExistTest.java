package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinesMustExistTest {

    private static final LineKey MAINTENANCE = LineKey.of("2080199", "30213", "P1", "一般公共预算拨款");
    private static final LineKey OFFICE = LineKey.of("2080150", "30201", "P2", "一般公共预算拨款");

    @Test
    void a_payment_names_a_line_the_year_has() {
        assertThat(LinesMustExist.check(MAINTENANCE, Set.of(MAINTENANCE))).isEmpty();
        assertThat(LinesMustExist.check(OFFICE, Set.of(MAINTENANCE))).map(Rejection::message)
                .contains("预算指标不存在：2080150/30201/P2/一般公共预算拨款（本年度没有项目 P2，无预算不支出）");
        assertThat(LinesMustExist.check(null, Set.of(MAINTENANCE))).map(Rejection::code).contains("LINE_MISSING");
    }

    @Test
    void an_unknown_line_is_told_by_the_first_of_its_codes_that_no_line_has() {
        Set<LineKey> lines = Set.of(MAINTENANCE);
        assertThat(LinesMustExist.unmatched(LineKey.of("2080199", "30213", "P9", "一般公共预算拨款"), lines))
                .isEqualTo(LinesMustExist.Unmatched.PROJECT);
        assertThat(LinesMustExist.unmatched(LineKey.of("2080150", "30213", "P1", "一般公共预算拨款"), lines))
                .isEqualTo(LinesMustExist.Unmatched.FUNCTIONAL);
        assertThat(LinesMustExist.unmatched(LineKey.of("2080199", "30201", "P1", "一般公共预算拨款"), lines))
                .isEqualTo(LinesMustExist.Unmatched.ECONOMIC);
        assertThat(LinesMustExist.unmatched(LineKey.of("2080199", "30213", "P1", "事业收入"), lines))
                .isEqualTo(LinesMustExist.Unmatched.FUND_SOURCE);
        assertThat(LinesMustExist.unmatched(MAINTENANCE.carriedOver(), lines)).isEqualTo(LinesMustExist.Unmatched.ORIGIN);
        assertThat(LinesMustExist.check(LineKey.of("2080150", "30213", "P1", "一般公共预算拨款"), lines))
                .map(Rejection::message).hasValueSatisfying(message -> assertThat(message)
                        .contains("项目 P1 下没有功能科目 2080150"));
    }

    @Test
    void an_unnamed_origin_is_this_years_line_or_else_the_only_line_with_those_codes() {
        LineKey unnamed = LineKey.of("2080199", "30213", "P1", "一般公共预算拨款", null);
        assertThat(LinesMustExist.resolve(unnamed, Set.of(MAINTENANCE, MAINTENANCE.carriedOver()))).isEqualTo(MAINTENANCE);
        assertThat(LinesMustExist.resolve(unnamed, Set.of(MAINTENANCE.carriedOver()))).isEqualTo(MAINTENANCE.carriedOver());
        assertThat(LinesMustExist.resolve(unnamed, Set.of(OFFICE))).isEqualTo(MAINTENANCE);
        assertThat(LinesMustExist.resolve(MAINTENANCE, Set.of(MAINTENANCE.carriedOver()))).isEqualTo(MAINTENANCE);
    }
}
