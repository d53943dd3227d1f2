package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;

import java.time.Clock;
import java.time.LocalDate;

/** "As of" a business date: given, or today, kept inside the fiscal year. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate resolve(UnitYear budget, LocalDate requested, Clock clock) {
        LocalDate date = requested != null ? requested : LocalDate.now(clock);
        if (date.isBefore(budget.firstDay())) {
            return budget.firstDay();
        }
        return date.isAfter(budget.lastDay()) ? budget.lastDay() : date;
    }
}
