package cn.budgetledger.command.domain;

import cn.budgetledger.api.UnitYear;

import java.util.Optional;

/** A unit-year is opened once, for one unit: opened again for the same unit nothing changes, for another it conflicts. */
public final class YearOpensOnce {

    private YearOpensOnce() {
    }

    /**
     * @param openedAs the unit name the year was opened with
     * @param sameUnit whether this opening names the unit the year was opened for
     */
    public static Optional<Rejection> check(UnitYear budget, String openedAs, boolean sameUnit) {
        return sameUnit ? Rejection.allowed() : Rejection.conflict("YEAR_ALREADY_OPEN",
                budget + " 年度预算已开启，单位名称为「" + openedAs + "」");
    }
}
