package cn.budgetledger.api;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads an indicator's value, weight or actual as finance staff write it: a decimal number, separators allowed. */
public final class IndicatorValue {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d+\\-.,，\\s]+");

    private IndicatorValue() {
    }

    /**
     * A 指标值 that is not a number makes a qualitative target (formats.md §4), e.g. 即办即领 or 7*24 小时运行.
     * Text made only of digits, signs, points and separators is a mistyped number (1,50), never a qualitative
     * value, so a typing error is still refused.
     */
    public static boolean isQualitative(String text) {
        return text != null && !text.isBlank() && DecimalText.withoutSeparators(text) == null
                && !NUMBER_LIKE.matcher(text.strip()).matches();
    }

    public static BigDecimal parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw LedgerException.invalid("NUMBER_MISSING", what + "不能为空");
        }
        String plain = DecimalText.withoutSeparators(text);
        if (plain == null) {
            throw LedgerException.invalid("NUMBER_MALFORMED", what + "应为数字（千分位逗号只能每三位一个）："
                    + PlainText.shown(text.strip()));
        }
        return new BigDecimal(plain);
    }
}
