package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalExportTest {

    record Paid(String payee, Money amount) {
    }

    static final List<JournalColumn<Paid>> COLUMNS = List.of(JournalColumn.of("收款人", Paid::payee),
            JournalColumn.of("金额", Paid::amount));

    @Test
    void text_that_excel_would_run_as_a_formula_stays_text_and_amounts_stay_numbers() {
        // given a payee typed as a formula, one as a command, and a negative amount
        List<Paid> entries = List.of(new Paid("=HYPERLINK(\"http://x\")", Money.parse("-100.00")),
                new Paid("@SUM(A1)", Money.parse("1234.50")), new Paid("武汉某公司", Money.parse("1.00")));

        // when exported as CSV
        String csv = new String(JournalExport.csv(COLUMNS, entries), StandardCharsets.UTF_8);

        // then the formulas are inert text, the amounts untouched, and the file starts with a BOM
        assertThat(csv).startsWith("\uFEFF收款人,金额");
        assertThat(csv.lines()).containsSubsequence("\"'=HYPERLINK(\"\"http://x\"\")\",-100.00", "'@SUM(A1),1234.50",
                "武汉某公司,1.00");
    }
}
