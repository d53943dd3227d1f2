package cn.budgetledger.api;

import java.time.LocalDate;
import java.util.Optional;

/** A fiscal year (预算年度): the calendar year, 1 January to 31 December, within the range the ledger keeps. */
public record FiscalYear(int year) {

    public FiscalYear {
        if (year < 2000 || year > 2099) {
            throw LedgerException.invalid("YEAR_OUT_OF_RANGE", "预算年度应在 2000 至 2099 之间：" + year);
        }
    }

    /** The year before, where it lies in the range the ledger keeps. */
    public Optional<FiscalYear> previous() {
        return year > 2000 ? Optional.of(new FiscalYear(year - 1)) : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return date.getYear() == year;
    }

    /** The date itself when it lies inside the year, else the year's first or last day. */
    public LocalDate keepInside(LocalDate date) {
        if (date.isBefore(firstDay())) {
            return firstDay();
        }
        return date.isAfter(lastDay()) ? lastDay() : date;
    }
}
