package cn.budgetledger.query.indicators;

import cn.budgetledger.api.UnitYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every indicator of a unit-year as of a date: the unit as a whole, each project, each line. */
public record IndicatorReport(UnitYear budget, LocalDate asOf, BigDecimal timeProgress, ScopeIndicators unit,
                              List<ProjectIndicators> projects, List<LineIndicators> lines) {

    public Optional<ProjectIndicators> project(String code) {
        return projects.stream().filter(project -> project.code().equals(code)).findFirst();
    }
}
