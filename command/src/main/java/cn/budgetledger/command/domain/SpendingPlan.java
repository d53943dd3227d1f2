package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.PlanMonth;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A line's spending plan (用款计划) for the year: the amount planned in each of the twelve months. */
public record SpendingPlan(List<Money> months) {

    public SpendingPlan {
        months = List.copyOf(months);
    }

    /** The plan the named months make, every month not named planned at zero; the months were checked first. */
    public static SpendingPlan of(List<PlanMonth> named) {
        List<Money> months = new ArrayList<>(IntStream.range(0, 12).mapToObj(month -> Money.ZERO).toList());
        named.forEach(month -> months.set(month.month() - 1, month.amount()));
        return new SpendingPlan(months);
    }

    /** All twelve months, in order, as the event records them. */
    public List<PlanMonth> asMonths() {
        return IntStream.rangeClosed(1, 12).mapToObj(month -> new PlanMonth(month, months.get(month - 1))).toList();
    }

    /** 累计用款计划: planned from January through the month. */
    public Money cumulativeThrough(int month) {
        return months.subList(0, month).stream().reduce(Money.ZERO, Money::plus);
    }
}
