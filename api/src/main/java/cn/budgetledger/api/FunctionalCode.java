package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** 支出功能分类科目 at 项 level: seven digits, 类 = first three, 款 = first five. */
public record FunctionalCode(String value) {

    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

    public FunctionalCode {
        if (value == null || !SEVEN_DIGITS.matcher(value).matches()) {
            throw LedgerException.invalid("FUNCTIONAL_CODE_MALFORMED",
                    "功能科目编码应为 7 位数字（类/款/项）：" + (value == null ? "空" : value));
        }
    }

    @JsonCreator
    public static FunctionalCode of(String value) {
        return new FunctionalCode(value == null ? null : value.strip());
    }

    public String category() {
        return value.substring(0, 3);
    }

    public String section() {
        return value.substring(0, 5);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
