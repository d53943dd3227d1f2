package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.Money;

/**
 * A cell beside the same cell of the previous year (比上年增减): the previous figure and this year's minus it, each
 * rounded to 万元 once from its exact sum in fen (the change is not the difference of two rounded figures). Both null
 * where the ledger holds no previous year.
 */
record YearOnYear(String previous, String change) {

    static final YearOnYear NONE = new YearOnYear(null, null);

    /** previous: the exact previous figure, or null where there is no previous year. */
    static YearOnYear of(Money current, Money previous) {
        return previous == null ? NONE : new YearOnYear(previous.toWanYuan(), current.minus(previous).toWanYuan());
    }
}
