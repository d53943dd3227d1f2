package cn.budgetledger.app.security;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's character rules decide every code point as Spring Security's regular expressions do. */
class FirewallCharactersTest {

    static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void every_code_point_alone_and_in_a_header_is_judged_as_the_regular_expressions_judge_it() {
        for (int character = 0; character <= Character.MAX_CODE_POINT; character++) {
            String alone = new String(Character.toChars(character));
            String inAHeader = "Basic YWNj" + alone + "b3VudGFudA==";
            assertThat(FirewallCharacters.assignedAndNotControl(alone)).as("name U+%04X", character)
                    .isEqualTo(NAMES.matcher(alone).matches());
            assertThat(FirewallCharacters.headerValue(inAHeader)).as("value with U+%04X", character)
                    .isEqualTo(HEADER_VALUES.matcher(inAHeader).matches());
        }
    }

    @Test
    void a_lone_surrogate_and_the_empty_text_are_judged_alike_too() {
        for (String text : new String[] {"", "\uD800", "a\uDC00b", "\uD83D\uDE00", "记账\t凭证"}) {
            assertThat(FirewallCharacters.assignedAndNotControl(text)).isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.headerValue(text)).isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
    }
}
