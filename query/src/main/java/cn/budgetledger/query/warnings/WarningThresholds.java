package cn.budgetledger.query.warnings;

import cn.budgetledger.query.indicators.Percent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The percentage points above which a gap is a yellow, orange or red warning (ledger.warnings.*,
 * 5 / 10 / 20 by default).
 */
@Component
public class WarningThresholds {

    private final BigDecimal yellow;
    private final BigDecimal orange;
    private final BigDecimal red;

    public WarningThresholds(@Value("${ledger.warnings.yellow:5}") BigDecimal yellow,
                             @Value("${ledger.warnings.orange:10}") BigDecimal orange,
                             @Value("${ledger.warnings.red:20}") BigDecimal red) {
        if (yellow.compareTo(orange) > 0 || orange.compareTo(red) > 0) {
            throw new IllegalStateException("ledger.warnings: yellow ≤ orange ≤ red expected, got "
                    + yellow + " / " + orange + " / " + red);
        }
        this.yellow = yellow;
        this.orange = orange;
        this.red = red;
    }

    /** The level of a gap in percentage points, if it is above the yellow threshold. */
    public Optional<WarningLevel> levelOf(BigDecimal gap) {
        if (gap.compareTo(red) > 0) {
            return Optional.of(WarningLevel.RED);
        }
        if (gap.compareTo(orange) > 0) {
            return Optional.of(WarningLevel.ORANGE);
        }
        return gap.compareTo(yellow) > 0 ? Optional.of(WarningLevel.YELLOW) : Optional.empty();
    }

    public String yellow() {
        return Percent.shown(yellow);
    }

    public String orange() {
        return Percent.shown(orange);
    }

    public String red() {
        return Percent.shown(red);
    }
}
