package cn.budgetledger.query.sql;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows as PostgreSQL's COPY reads them: whatever a payee or a summary holds arrives as it was typed. */
class CopyTextTest {

    @Test
    void values_are_tab_separated_and_a_row_ends_with_a_newline() {
        UUID line = UUID.fromString("00000000-0000-0000-0000-000000000001");

        String text = CopyText.of(List.<Object[]>of(new Object[]{"709301", 2025, line, LocalDate.of(2025, 3, 1), 12345L}));

        assertThat(text).isEqualTo("709301\t2025\t00000000-0000-0000-0000-000000000001\t2025-03-01\t12345\n");
    }

    @Test
    void null_is_written_as_the_null_marker_and_an_empty_text_stays_empty() {
        String text = CopyText.of(List.<Object[]>of(new Object[]{null, ""}));

        assertThat(text).isEqualTo("\\N\t\n");
    }

    @Test
    void backslashes_tabs_and_line_breaks_inside_a_value_are_escaped() {
        String text = CopyText.of(List.<Object[]>of(new Object[]{"收款人\t某公司\n第二行\r\\N 不是空值"}));

        assertThat(text).isEqualTo("收款人\\t某公司\\n第二行\\r\\\\N 不是空值\n");
    }

    @Test
    void each_row_is_its_own_line() {
        String text = CopyText.of(List.of(new Object[]{"a", 1L}, new Object[]{"b", 2L}));

        assertThat(text).isEqualTo("a\t1\nb\t2\n");
    }
}
