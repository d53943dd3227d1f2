package cn.budgetledger.query.indicators;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET …/indicators: the unit's totals, each project and (beyond formats.md) each line. */
public record IndicatorsView(String unit, int year, String unitName, LocalDate asOf, String timeProgress,
                             IndicatorFigures totals, List<Project> projects, List<Line> lines) {

    public record Project(String code, String name, ProjectCategory category,
                          @JsonUnwrapped IndicatorFigures figures) {
    }

    public record Line(UUID lineId, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                       FundSource fundSource, Origin origin, @JsonUnwrapped IndicatorFigures figures) {
    }

    public static IndicatorsView of(IndicatorReport report, String unitName) {
        return new IndicatorsView(report.budget().unit(), report.budget().year(), unitName, report.asOf(),
                Percent.shown(report.timeProgress()), IndicatorFigures.of(report.unit()),
                report.projects().stream().map(project -> new Project(project.code(), project.name(),
                        project.category(), IndicatorFigures.of(project.figures()))).toList(),
                report.lines().stream().map(line -> new Line(line.line().lineId(), line.line().functionalCode(),
                        line.line().economicCode(), line.line().projectCode(), line.line().fundSource(),
                        line.line().origin(), IndicatorFigures.of(line.figures()))).toList());
    }
}
