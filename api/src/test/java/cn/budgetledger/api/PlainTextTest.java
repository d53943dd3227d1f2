package cn.budgetledger.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"P\u0000", "P\u001f", "P\u007f", "P\u0085", "P\u009f", "P\u202e1", "P\u202a", "P\u2066",
            "P\u2069", "P\u200e", "P\u200f", "P\ufeff", "P\n", "P\t", "P|X", "P X", "项目一", "P'--", "-P",
            "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"})
    void a_project_code_holds_letters_digits_and_dashes_only(String code) {
        assertThatThrownBy(() -> PlainText.requireProjectCode(code))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("PROJECT_CODE_MALFORMED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42010022503T000000142", "P-OFFICE", "420100225030030000105", "p_1.2", " P-1 "})
    void project_codes_as_budgets_print_them_are_fine(String code) {
        assertThat(PlainText.requireProjectCode(code)).isEqualTo(code.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"某公司\u0000", "\u0007", "a\u0085b", "\ud800", "x\udc00"})
    void free_text_holds_no_control_characters(String text) {
        assertThatThrownBy(() -> PlainText.requireFreeText(text, "收款人"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> {
                    assertThat(failure.code()).isEqualTo("TEXT_HAS_CONTROL_CHARACTERS");
                    assertThat(failure.getMessage()).startsWith("收款人");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZF\u202e1000", "ZF\u2067", "\ufeffZF", "Z\u200fF"})
    void no_text_turns_its_direction(String text) {
        assertThatThrownBy(() -> PlainText.requireDocumentNumber(text, "凭证号"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("TEXT_HAS_DIRECTION_CONTROLS"));
        assertThatThrownBy(() -> PlainText.requireFreeText(text, "摘要"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("TEXT_HAS_DIRECTION_CONTROLS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"第一行\n第二行", "a\tb", "a\r\nb", "中文 emoji 😀"})
    void free_text_may_break_lines_as_excel_cells_do(String text) {
        assertThat(PlainText.requireFreeText(text, "摘要")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZF\n1", "ZF\t1"})
    void a_document_number_is_one_line(String number) {
        assertThatThrownBy(() -> PlainText.requireDocumentNumber(number, "凭证号"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("TEXT_HAS_LINE_BREAK"));
    }

    @org.junit.jupiter.api.Test
    void lengths_are_bounded() {
        assertThatThrownBy(() -> PlainText.requireFreeText("收".repeat(501), "收款人"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("TEXT_TOO_LONG"));
        assertThatThrownBy(() -> PlainText.requireDocumentNumber("V".repeat(65), "凭证号"))
                .isInstanceOfSatisfying(LedgerException.class, failure -> assertThat(failure.code()).isEqualTo("TEXT_TOO_LONG"));
        assertThat(PlainText.requireFreeText("收".repeat(500), "收款人")).hasSize(500);
    }
}
