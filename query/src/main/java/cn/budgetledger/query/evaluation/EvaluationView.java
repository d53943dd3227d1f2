package cn.budgetledger.query.evaluation;

import cn.budgetledger.api.ComputedIndicator;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.query.indicators.Percent;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * GET …/evaluation as formats.md shapes it; besides, each scope names its maximum and its missing
 * manual actuals, and each indicator its levels, unit of measure, direction, 偏差原因, why it has no actual,
 * and how to read it where its published name misleads (reading). A qualitative target's target is its text
 * and its actual its 完成等级 (达成, 部分达成, 未达成). A scope with no targets has grade null, targetsSet false
 * and gradeNote saying why.
 */
public record EvaluationView(String unitCode, String unitName, int year, LocalDate asOf, Scope unit,
                             List<Scope> projects) {

    public record Scope(@JsonInclude(JsonInclude.Include.NON_NULL) String code, String name,
                        @JsonInclude(JsonInclude.Include.NON_NULL) ProjectCategory category, Budget budget,
                        List<Indicator> indicators, String total, String maximum, Grade grade, List<String> missing,
                        boolean targetsSet, @JsonInclude(JsonInclude.Include.NON_NULL) String gradeNote) {
    }

    public record Budget(Money original, Money adjusted, Money executed, String executionRate, String points,
                         String score, String note) {
    }

    public record Indicator(String firstLevel, String secondLevel, String name, String comparator, String target,
                            String unitOfMeasure, String actual, String weight, String direction, String score,
                            String deviationReason, String note,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String reading) {
    }

    public static EvaluationView of(Evaluation evaluation) {
        return new EvaluationView(evaluation.budget().unit(), evaluation.unitName(), evaluation.budget().year(),
                evaluation.asOf(), scope(evaluation.unit()),
                evaluation.projects().stream().map(EvaluationView::scope).toList());
    }

    private static Scope scope(ScopeEvaluation scope) {
        return new Scope(scope.code(), scope.name(), scope.category(),
                new Budget(scope.measures().original(), scope.measures().adjusted(), scope.measures().executed(),
                        Percent.shown(scope.executionRate()), Shown.asRecorded(Scoring.EXECUTION_POINTS),
                        Shown.twoDecimals(scope.executionScore()), scope.executionNote()),
                scope.indicators().stream().map(EvaluationView::indicator).toList(),
                Shown.twoDecimals(scope.total()), Shown.asRecorded(scope.maximum()), scope.grade(), scope.missing(),
                scope.hasTargets(), scope.hasTargets() ? null : ScopeEvaluation.NO_TARGETS);
    }

    private static Indicator indicator(IndicatorScore score) {
        PerformanceTarget target = score.target();
        return new Indicator(target.firstLevel(), target.secondLevel(), target.indicator().value(),
                target.comparator().symbol(),
                target.qualitative() ? target.qualitativeValue() : Shown.asRecorded(target.targetValue()),
                target.unitOfMeasure(), score.actualShown(), Shown.asRecorded(target.weight()),
                target.direction().label(), Shown.twoDecimals(score.score()), score.deviationReason(), score.note(),
                target.indicator().computed().map(ComputedIndicator::reading).orElse(null));
    }
}
