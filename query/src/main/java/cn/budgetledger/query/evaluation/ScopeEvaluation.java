package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.query.indicators.Measures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The self-evaluation of one scope: the unit as a whole (code null) or a project. The total is the sum
 * of exact scores; the maximum is 10 (预算执行率) plus the targets' weights. A scope with no targets has
 * no grade: its 执行率 points alone would mislead (indicators.md).
 */
public record ScopeEvaluation(String code, String name, ProjectCategory category, Measures measures,
                              BigDecimal executionRate, BigDecimal executionScore, String executionNote,
                              List<IndicatorScore> indicators) {

    public BigDecimal total() {
        return indicators.stream().map(IndicatorScore::score).reduce(executionScore, BigDecimal::add);
    }

    public BigDecimal maximum() {
        return indicators.stream().map(score -> score.target().weight()).reduce(Scoring.EXECUTION_POINTS, BigDecimal::add);
    }

    /** Said where the grade would be when there is none. */
    public static final String NO_TARGETS = "未设绩效目标，不评等级";

    public boolean hasTargets() {
        return !indicators.isEmpty();
    }

    /** Null when no targets were set. */
    public Grade grade() {
        return hasTargets() ? Grade.of(total(), maximum()) : null;
    }

    /** Manual indicators with no recorded actual (or, qualitative, no 完成等级). */
    public List<String> missing() {
        return indicators.stream().filter(IndicatorScore::missing).map(score -> score.target().indicator().value()).toList();
    }
}
