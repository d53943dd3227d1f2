package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/** Every business date lies inside the fiscal year it is recorded in. */
final class DatesLieInsideTheYear {

    private DatesLieInsideTheYear() {
    }

    static void require(UnitYear budget, LocalDate date) {
        if (date == null) {
            throw LedgerException.invalid("DATE_MISSING", "业务日期不能为空");
        }
        if (!budget.contains(date)) {
            throw LedgerException.invalid("DATE_OUTSIDE_YEAR",
                    "业务日期 " + date + " 不在 " + budget.year() + " 预算年度内");
        }
    }
}
