package cn.budgetledger.api.queries;

import cn.budgetledger.api.Money;

/** The four measures of a scope (line, project, unit) as of a date: 年初预算, 调整后预算, 执行数, 可用余额. */
public record Figures(Money original, Money adjusted, Money executed, Money available) {

    public static final Figures NONE = new Figures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public static Figures of(Money original, Money adjusted, Money executed) {
        return new Figures(original, adjusted, executed, adjusted.minus(executed));
    }

    public Figures plus(Figures other) {
        return of(original.plus(other.original), adjusted.plus(other.adjusted), executed.plus(other.executed));
    }
}
