package cn.budgetledger.query.web;

import cn.budgetledger.api.FiscalYear;

import java.time.Clock;
import java.time.LocalDate;

/** "As of" a business date: given, or today, kept inside the fiscal year. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate resolve(FiscalYear year, LocalDate requested, Clock clock) {
        return year.keepInside(requested != null ? requested : LocalDate.now(clock));
    }
}
