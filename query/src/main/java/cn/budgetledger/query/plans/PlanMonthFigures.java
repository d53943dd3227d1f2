package cn.budgetledger.query.plans;

import cn.budgetledger.api.Money;

import java.util.ArrayList;
import java.util.List;

/** One month of a plan against execution: planned in it and through it, executed in it and through it. */
public record PlanMonthFigures(int month, Money plan, Money cumulativePlan, Money executed, Money cumulativeExecuted) {

    /** The twelve months from each month's plan and execution (fen), the cumulative figures running through them. */
    static List<PlanMonthFigures> of(long[] plan, long[] executed) {
        List<PlanMonthFigures> months = new ArrayList<>(12);
        long planned = 0;
        long spent = 0;
        for (int month = 1; month <= 12; month++) {
            planned += plan[month - 1];
            spent += executed[month - 1];
            months.add(new PlanMonthFigures(month, Money.ofFen(plan[month - 1]), Money.ofFen(planned),
                    Money.ofFen(executed[month - 1]), Money.ofFen(spent)));
        }
        return List.copyOf(months);
    }
}
