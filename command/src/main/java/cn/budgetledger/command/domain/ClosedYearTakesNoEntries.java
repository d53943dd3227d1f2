package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;

import java.util.Optional;

/** After 年终结转 nothing more can be recorded in the year. */
public final class ClosedYearTakesNoEntries {

    private ClosedYearTakesNoEntries() {
    }

    public static Optional<Rejection> check(UnitYear budget, boolean closed) {
        return closed ? Rejection.conflict("YEAR_CLOSED", budget.year() + " 年度已年终结转，不能再记账")
                : Rejection.allowed();
    }
}
