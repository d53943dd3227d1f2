package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan held as integer fen, so sums are exact. Signed: adjustment entries move money
 * out of a line with a negative amount. Written and read as a string of yuan with two decimals.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** 999,999,999,999.99 yuan: the largest amount one entry may carry (sums may go beyond). */
    public static final Money MAX = new Money(99_999_999_999_999L);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Parses yuan as finance staff write it: optional sign, thousands separators in their places, at most two decimals.
     */
    @JsonCreator
    public static Money parse(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw LedgerException.invalid("AMOUNT_MISSING", "金额不能为空");
        }
        String plain = DecimalText.withoutSeparators(yuan);
        if (plain == null) {
            throw LedgerException.invalid("AMOUNT_MALFORMED", "金额格式不正确（千分位逗号只能每三位一个，如 1,234.50）："
                    + PlainText.shown(yuan.strip()));
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.stripTrailingZeros().scale() > 2) {
            throw LedgerException.invalid("AMOUNT_TOO_PRECISE", "金额最多两位小数（到分）：" + PlainText.shown(yuan.strip()));
        }
        try {
            return new Money(value.movePointRight(2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw LedgerException.invalid("AMOUNT_TOO_LARGE", "金额超出上限 999,999,999,999.99 元：" + PlainText.shown(yuan.strip()));
        }
    }

    public static Money of(BigDecimal yuan) {
        return parse(yuan.toPlainString());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(-fen);
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** 万元 with two decimals, rounded half-up from this exact amount, as the public tables print it. */
    public String toWanYuan() {
        return toBigDecimal().movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** As people read an amount: thousands grouped, two decimals (1,234,567.80); messages and printed pages. */
    public String grouped() {
        return String.format(java.util.Locale.ROOT, "%,.2f", toBigDecimal());
    }

    @JsonValue
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
