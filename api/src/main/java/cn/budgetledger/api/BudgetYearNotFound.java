package cn.budgetledger.api;

/** A unit-year that was never opened: one answer whether a command, a query or an import's row names it. */
public final class BudgetYearNotFound {

    private BudgetYearNotFound() {
    }

    /** @param budget the unit-year as named ("503019-2025") */
    public static LedgerException of(Object budget) {
        return LedgerException.notFound("BUDGET_YEAR_NOT_FOUND",
                "预算年度不存在：" + budget + "（请先开启年度或导入预算批复）");
    }
}
