package cn.budgetledger.query.warnings;

import cn.budgetledger.api.ComputedIndicator;
import cn.budgetledger.api.Origin;
import cn.budgetledger.query.evaluation.PerformanceTarget;
import cn.budgetledger.query.indicators.IndicatorReport;
import cn.budgetledger.query.indicators.LineIndicators;
import cn.budgetledger.query.indicators.Measures;
import cn.budgetledger.query.indicators.Percent;
import cn.budgetledger.query.indicators.ProjectIndicators;
import cn.budgetledger.query.indicators.ScopeIndicators;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The warnings of indicators.md on one date: 执行进度滞后 (time progress minus execution rate above a
 * threshold) for the unit, each project and each line with a budget; and each computed indicator that
 * already misses its target, tiered by how far it is from the target relative to the target (any miss
 * is at least yellow; a miss of a zero target is red).
 */
@Component
public class WarningRules {

    private static final List<String> SCOPE_ORDER = List.of("单位", "项目", "指标");

    private final WarningThresholds thresholds;

    public WarningRules(WarningThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Warning> evaluate(IndicatorReport report, String unitName, List<PerformanceTarget> targets) {
        List<Warning> warnings = new ArrayList<>();
        behindSchedule(report, "单位", report.budget().unit(), unitName, report.unit()).ifPresent(warnings::add);
        for (ProjectIndicators project : report.projects()) {
            behindSchedule(report, "项目", project.code(), project.name(), project.figures()).ifPresent(warnings::add);
        }
        for (LineIndicators line : report.lines()) {
            behindSchedule(report, "指标", line.line().lineId().toString(), describe(line), line.figures())
                    .ifPresent(warnings::add);
        }
        for (PerformanceTarget target : targets) {
            target.indicator().computed().flatMap(indicator -> missed(report, unitName, target, indicator))
                    .ifPresent(warnings::add);
        }
        warnings.sort(Comparator.comparing(Warning::level).reversed()
                .thenComparing(warning -> SCOPE_ORDER.indexOf(warning.scope()))
                .thenComparing(Warning::code));
        return List.copyOf(warnings);
    }

    private Optional<Warning> behindSchedule(IndicatorReport report, String scope, String code, String name,
                                             ScopeIndicators figures) {
        if (!figures.measures().adjusted().isPositive()) {
            return Optional.empty();
        }
        BigDecimal executionRate = figures.indicators().executionRate();
        BigDecimal gap = report.timeProgress().subtract(executionRate);
        return thresholds.levelOf(gap).map(level -> new Warning(level, Warning.BEHIND_SCHEDULE, scope, code, name,
                ComputedIndicator.EXECUTION_RATE.label(), Percent.shown(executionRate), Percent.shown(report.timeProgress()),
                "序时进度 " + Percent.shown(report.timeProgress()) + "%，预算执行率 " + Percent.shown(executionRate)
                        + "%，滞后 " + Percent.shown(gap) + " 个百分点"));
    }

    private Optional<Warning> missed(IndicatorReport report, String unitName, PerformanceTarget target,
                                     ComputedIndicator indicator) {
        String code = target.projectCode() == null ? report.budget().unit() : target.projectCode();
        Optional<ProjectIndicators> project = Optional.ofNullable(target.projectCode()).flatMap(report::project);
        ScopeIndicators figures = target.projectCode() == null ? report.unit()
                : project.map(ProjectIndicators::figures).orElse(ScopeIndicators.of(Measures.NONE, 0));
        BigDecimal value = figures.indicators().value(indicator);
        if (value == null || target.comparator().isMet(value, target.targetValue())) {
            return Optional.empty();
        }
        WarningLevel level = target.targetValue().signum() == 0 ? WarningLevel.RED
                : thresholds.levelOf(Percent.of(value.subtract(target.targetValue()).abs(), target.targetValue()))
                .orElse(WarningLevel.YELLOW);
        String wanted = target.comparator().symbol() + target.targetValue().toPlainString() + target.unitOfMeasure();
        return Optional.of(new Warning(level, Warning.TARGET_MISSED, target.projectCode() == null ? "单位" : "项目", code,
                target.projectCode() == null ? unitName : project.map(ProjectIndicators::name).orElse(code),
                target.indicator().value(), Percent.shown(value), wanted,
                target.nameShown() + "为 " + Percent.shown(value) + target.unitOfMeasure()
                        + "，未达绩效目标 " + wanted));
    }

    private static String describe(LineIndicators line) {
        return line.line().projectName() + " " + line.line().functionalCode() + "/" + line.line().economicCode() + "/"
                + line.line().fundSource().label() + (line.line().origin() == Origin.CARRIED_OVER ? "/" + Origin.CARRIED_OVER.label() : "");
    }
}
