package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/**
 * 完成等级 of a qualitative target (定性指标), as the central self-evaluation form grades it: each level is a
 * band of the target's weight, inside which the finance staff give the points.
 */
public enum AchievementLevel {
    ACHIEVED("达成", new BigDecimal("0.8"), BigDecimal.ONE),
    PARTLY_ACHIEVED("部分达成", new BigDecimal("0.6"), new BigDecimal("0.8")),
    NOT_ACHIEVED("未达成", BigDecimal.ZERO, new BigDecimal("0.6"));

    private final String label;
    private final BigDecimal lowestShare;
    private final BigDecimal highestShare;

    AchievementLevel(String label, BigDecimal lowestShare, BigDecimal highestShare) {
        this.label = label;
        this.lowestShare = lowestShare;
        this.highestShare = highestShare;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The fewest points of the band for a target of this weight (inclusive). */
    public BigDecimal lowestPoints(BigDecimal weight) {
        return weight.multiply(lowestShare);
    }

    /** The most points of the band for a target of this weight: inclusive for 达成 alone (see {@link #admits}). */
    public BigDecimal highestPoints(BigDecimal weight) {
        return weight.multiply(highestShare);
    }

    /**
     * Whether these points lie in the band. As the central self-evaluation form draws them (100–80 % 含 80 %,
     * 80–60 % 含 60 %, 60–0 %), each band holds its lower end and only 达成 its upper one, so no points fit two levels.
     */
    public boolean admits(BigDecimal points, BigDecimal weight) {
        int toHighest = points.compareTo(highestPoints(weight));
        return points.compareTo(lowestPoints(weight)) >= 0 && (this == ACHIEVED ? toHighest <= 0 : toHighest < 0);
    }

    @JsonCreator
    public static AchievementLevel of(String text) {
        String wanted = text == null ? "" : text.strip();
        for (AchievementLevel level : values()) {
            if (level.label.equals(wanted)) {
                return level;
            }
        }
        throw LedgerException.invalid("LEVEL_UNKNOWN", "未知的完成等级：" + PlainText.shown(wanted)
                + "（应为 达成、部分达成 或 未达成）");
    }
}
