package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.ComputedIndicator;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.indicators.IndicatorReport;
import cn.budgetledger.query.indicators.IndicatorService;
import cn.budgetledger.query.indicators.Indicators;
import cn.budgetledger.query.indicators.Measures;
import cn.budgetledger.query.indicators.ProjectIndicators;
import cn.budgetledger.query.indicators.ScopeIndicators;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Scores the year-end self-evaluation from the indicators, the targets and the manual actuals. */
@Service
public class EvaluationService {

    private final IndicatorService indicators;
    private final PerformanceTargetRepository targets;

    public EvaluationService(IndicatorService indicators, PerformanceTargetRepository targets) {
        this.indicators = indicators;
        this.targets = targets;
    }

    /** As of the closing date, or the last day of the year while it is open; an earlier date previews it. */
    public Evaluation evaluate(UnitYear budget, LocalDate requestedAsOf) {
        BudgetLedgerRepository.YearRow year = indicators.year(budget);
        LocalDate asOf = requestedAsOf != null ? requestedAsOf
                : Optional.ofNullable(year.closedOn()).orElse(budget.lastDay());
        IndicatorReport report = indicators.report(budget, asOf);
        List<PerformanceTarget> all = targets.targets(budget);
        Map<String, IndicatorActual> actuals = targets.actuals(budget);
        ScopeEvaluation unit = score(null, year.unitName(), null, report.unit(), scoped(all, null), actuals);
        List<ScopeEvaluation> projects = new ArrayList<>();
        all.stream().map(PerformanceTarget::projectCode).filter(Objects::nonNull).distinct().sorted().forEach(code -> {
            Optional<ProjectIndicators> project = report.project(code);
            projects.add(score(code, project.map(ProjectIndicators::name).orElse(code),
                    project.map(ProjectIndicators::category).orElse(null),
                    project.map(ProjectIndicators::figures).orElse(ScopeIndicators.of(Measures.NONE, 0)),
                    scoped(all, code), actuals));
        });
        return new Evaluation(budget, year.unitName(), asOf, unit, List.copyOf(projects));
    }

    private static List<PerformanceTarget> scoped(List<PerformanceTarget> all, String projectCode) {
        return all.stream().filter(target -> Objects.equals(target.projectCode(), projectCode)).toList();
    }

    private static ScopeEvaluation score(String code, String name, ProjectCategory category,
                                         ScopeIndicators figures, List<PerformanceTarget> targets,
                                         Map<String, IndicatorActual> actuals) {
        BigDecimal executionRate = figures.indicators().executionRate();
        List<IndicatorScore> scores = targets.stream().map(target -> score(target, figures.indicators(), actuals)).toList();
        return new ScopeEvaluation(code, name, category, figures.measures(), executionRate,
                Scoring.executionScore(executionRate),
                executionRate == null ? Indicators.whyNull(ComputedIndicator.EXECUTION_RATE) : null, scores);
    }

    private static IndicatorScore score(PerformanceTarget target, Indicators computed,
                                        Map<String, IndicatorActual> actuals) {
        Optional<ComputedIndicator> indicator = target.indicator().computed();
        if (indicator.isPresent()) {
            BigDecimal value = computed.value(indicator.get());
            return value == null
                    ? new IndicatorScore(target, null, null, BigDecimal.ZERO, null, Indicators.whyNull(indicator.get()), false)
                    : new IndicatorScore(target, value, null, scoreOf(target, value), null, null, false);
        }
        IndicatorActual actual = actuals.get(PerformanceTargetRepository.key(target.projectCode(), target.indicator().key()));
        if (target.qualitative()) {
            // An actual recorded while the target was still quantitative has no level: still missing.
            return actual == null || actual.level() == null
                    ? new IndicatorScore(target, null, null, BigDecimal.ZERO, null, "未填报完成等级", true)
                    : new IndicatorScore(target, null, actual.level(),
                    Scoring.qualitativeScore(actual.level(), actual.points(), target.weight()), actual.deviationReason(),
                    null, false);
        }
        return actual == null || actual.value() == null
                ? new IndicatorScore(target, null, null, BigDecimal.ZERO, null, "未填报实际完成值", true)
                : new IndicatorScore(target, actual.value(), null, scoreOf(target, actual.value()),
                actual.deviationReason(), null, false);
    }

    private static BigDecimal scoreOf(PerformanceTarget target, BigDecimal actual) {
        return Scoring.targetScore(target.comparator(), target.targetValue(), actual, target.weight());
    }
}
