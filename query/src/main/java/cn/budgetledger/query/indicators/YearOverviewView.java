package cn.budgetledger.query.indicators;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;

/**
 * Management's overview: every unit of a year with its department (主管部门: an administrator's setting, else the
 * opening parent code; null where neither), its totals and indicators as of a date; and each department's subtotal
 * over the units shown, every figure computed from its own exact sums (a rate is not an average of rates).
 */
public record YearOverviewView(int year, LocalDate asOf, String timeProgress, IndicatorFigures totals,
                               List<Unit> units, List<Department> departments) {

    public record Unit(String unit, String unitName, String department, @JsonUnwrapped IndicatorFigures figures) {
    }

    /** department null: the units without one. */
    public record Department(String department, int unitCount, @JsonUnwrapped IndicatorFigures figures) {
    }
}
