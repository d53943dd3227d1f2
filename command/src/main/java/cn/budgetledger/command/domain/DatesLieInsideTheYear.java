package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;
import java.util.Optional;

/** Every business date lies inside the fiscal year it is recorded in. */
public final class DatesLieInsideTheYear {

    private DatesLieInsideTheYear() {
    }

    public static Optional<Rejection> check(UnitYear budget, LocalDate date) {
        if (date == null) {
            return Rejection.invalid("DATE_MISSING", "业务日期不能为空");
        }
        return budget.contains(date) ? Rejection.allowed()
                : Rejection.invalid("DATE_OUTSIDE_YEAR", "业务日期 " + date + " 不在 " + budget.year() + " 年度内");
    }
}
