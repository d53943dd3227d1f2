package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 年终结转 is dated the last day of the fiscal year: entries run to 31 December, so an earlier closing would carry
 * forward balances it has not seen and date the year's 绩效自评 too early.
 */
public final class ClosingIsDatedYearEnd {

    private ClosingIsDatedYearEnd() {
    }

    public static Optional<Rejection> check(UnitYear budget, LocalDate date) {
        if (date == null) {
            return DatesLieInsideTheYear.check(budget, null);
        }
        return date.equals(budget.lastDay()) ? Rejection.allowed()
                : Rejection.invalid("CLOSING_DATE_NOT_YEAR_END",
                "年终结转应在年度最后一天 " + budget.lastDay() + " 办理，不能在 " + date + " 结转");
    }
}
