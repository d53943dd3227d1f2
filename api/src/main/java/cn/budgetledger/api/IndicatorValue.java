package cn.budgetledger.api;

import java.math.BigDecimal;

/** Reads an indicator's value, weight or actual as finance staff write it: a decimal number, separators allowed. */
public final class IndicatorValue {

    private IndicatorValue() {
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
