package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.commands.PlanMonth;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A spending plan names months 1–12, each at most once, with amounts not negative (a month may be planned at zero).
 * Imports check each row by the same rules.
 */
public final class SpendingPlansAreMonthly {

    /** The amount of a month, as messages and files name it. */
    public static final String AMOUNT = "计划金额";

    private SpendingPlansAreMonthly() {
    }

    static Optional<Rejection> check(List<PlanMonth> months) {
        if (months == null) {
            return Rejection.invalid("PLAN_MONTHS_MISSING", "用款计划须列出各月计划金额");
        }
        Set<Integer> named = new HashSet<>();
        for (PlanMonth month : months) {
            if (month == null) {
                return Rejection.invalid("PLAN_MONTHS_MISSING", "用款计划的月份不能为空");
            }
            Optional<Rejection> verdict = checkMonth(month.month()).or(() -> AmountsAreValid.checkNotNegative(month.amount(), AMOUNT))
                    .or(() -> named.add(month.month()) ? Rejection.allowed() : duplicate(month.month()));
            if (verdict.isPresent()) {
                return verdict;
            }
        }
        return Rejection.allowed();
    }

    static Optional<Rejection> checkMonth(Integer month) {
        if (month == null) {
            return Rejection.invalid("PLAN_MONTH_INVALID", "月份不能为空");
        }
        return month < 1 || month > 12 ? Optional.of(invalidMonth(month)) : Rejection.allowed();
    }

    /** A month as a file writes it (1–12), or the rule's "no". */
    public static int month(String text) {
        String month = text.strip();
        if (!month.matches("\\d{1,2}") || checkMonth(Integer.parseInt(month)).isPresent()) {
            throw invalidMonth(text).asException();
        }
        return Integer.parseInt(month);
    }

    private static Rejection invalidMonth(Object month) {
        return new Rejection(LedgerException.Kind.INVALID_INPUT, "PLAN_MONTH_INVALID", "月份应为 1–12：" + month);
    }

    /** A month named twice in one line's plan: which amount is meant is not clear. */
    public static Optional<Rejection> duplicate(int month) {
        return Rejection.invalid("PLAN_MONTH_DUPLICATE", "同一指标的用款计划中 " + month + " 月出现了两次");
    }
}
