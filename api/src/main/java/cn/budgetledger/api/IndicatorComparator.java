package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/**
 * 指标性质: how an actual value is compared with its target value; 定性 for a qualitative target (定性指标),
 * whose 指标值 is text and whose actual is a 完成等级, never compared as a number.
 */
public enum IndicatorComparator {
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("="),
    AT_LEAST("≥"),
    GREATER_THAN(">"),
    QUALITATIVE("定性");

    private final String symbol;

    IndicatorComparator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int order = actual.compareTo(target);
        return switch (this) {
            case AT_MOST -> order <= 0;
            case LESS_THAN -> order < 0;
            case EQUAL -> order == 0;
            case AT_LEAST -> order >= 0;
            case GREATER_THAN -> order > 0;
            case QUALITATIVE -> throw new IllegalStateException("定性指标按完成等级评分，不与指标值比较");
        };
    }

    /** ≥ and > ask for more: the central form scores them as 正向 indicators. */
    public boolean asksForMore() {
        return this == AT_LEAST || this == GREATER_THAN;
    }

    /** ≤ and < ask for less: the central form scores them as 反向 indicators. */
    public boolean asksForLess() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /** Accepts the symbols as typed in Excel, full-width and ASCII alike. */
    @JsonCreator
    public static IndicatorComparator of(String text) {
        String wanted = text == null ? "" : text.strip();
        return switch (wanted) {
            case "≤", "<=", "＜＝", "≦" -> AT_MOST;
            case "<", "＜" -> LESS_THAN;
            case "=", "＝", "==" -> EQUAL;
            case "≥", ">=", "＞＝", "≧" -> AT_LEAST;
            case ">", "＞" -> GREATER_THAN;
            case "定性" -> QUALITATIVE;
            default -> throw LedgerException.invalid("COMPARATOR_UNKNOWN",
                    "未知的指标性质：" + wanted + "（应为 ≤、<、=、≥、> 或 定性）");
        };
    }
}
