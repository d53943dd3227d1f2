package cn.budgetledger.query.indicators;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/departments/{department}/years/{year}/indicators: the department's figures and indicators in the shape
 * of a unit's totals (original … threePublicControlRate, at the top level), summed over its units, and each unit's.
 */
public record DepartmentIndicatorsView(String department, int year, LocalDate asOf, String timeProgress,
                                       @JsonUnwrapped IndicatorFigures figures, List<YearOverviewView.Unit> units) {
}
