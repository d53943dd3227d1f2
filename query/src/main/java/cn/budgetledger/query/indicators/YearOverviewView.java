package cn.budgetledger.query.indicators;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;

/**
 * Management's overview: every unit of a year with its department (主管部门: an administrator's setting, else the
 * opening parent code; null where neither), its totals and indicators as of a date.
 */
public record YearOverviewView(int year, LocalDate asOf, String timeProgress, IndicatorFigures totals,
                               List<Unit> units) {

    public record Unit(String unit, String unitName, String department, @JsonUnwrapped IndicatorFigures figures) {
    }
}
