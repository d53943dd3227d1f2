package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;

/** After 年终结转 nothing more can be recorded in the year. */
final class ClosedYearTakesNoEntries {

    private ClosedYearTakesNoEntries() {
    }

    static void require(UnitYear budget, boolean closed) {
        if (closed) {
            throw LedgerException.conflict("YEAR_CLOSED", budget.year() + " 年度预算已结转关闭，不能再记账");
        }
    }
}
