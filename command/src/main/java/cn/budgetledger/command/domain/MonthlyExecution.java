package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a line has executed in each month of its year, by business date: payments add in their month, reversals give
 * back in theirs. The spending plan is checked against it, month by month.
 */
public record MonthlyExecution(List<Money> months) {

    public static final MonthlyExecution NONE = new MonthlyExecution(IntStream.range(0, 12).mapToObj(month -> Money.ZERO)
            .toList());

    public MonthlyExecution {
        months = List.copyOf(months);
    }

    /** The amount (negative: given back) added to the month of the date. */
    MonthlyExecution plus(LocalDate date, Money amount) {
        List<Money> changed = new ArrayList<>(months);
        changed.set(date.getMonthValue() - 1, changed.get(date.getMonthValue() - 1).plus(amount));
        return new MonthlyExecution(changed);
    }

    /** 累计执行: executed from January through the month. */
    Money cumulativeThrough(int month) {
        return months.subList(0, month).stream().reduce(Money.ZERO, Money::plus);
    }
}
