package cn.budgetledger.api.queries;

import cn.budgetledger.api.Money;

/**
 * The measures of a scope (line, project, unit) as of a date: 年初预算, 调整后预算, 执行数, 冻结数, 待审核 and
 * 可用余额, which is what is left when every commitment is counted: adjusted − executed − frozen − awaiting review.
 */
public record Figures(Money original, Money adjusted, Money executed, Money frozen, Money awaitingReview,
                      Money available) {

    public static final Figures NONE = of(Money.ZERO, Money.ZERO, Money.ZERO);

    /** A scope without commitments. */
    public static Figures of(Money original, Money adjusted, Money executed) {
        return of(original, adjusted, executed, Money.ZERO, Money.ZERO);
    }

    public static Figures of(Money original, Money adjusted, Money executed, Money frozen, Money awaitingReview) {
        return new Figures(original, adjusted, executed, frozen, awaitingReview,
                adjusted.minus(executed).minus(frozen).minus(awaitingReview));
    }

    public Figures plus(Figures other) {
        return of(original.plus(other.original), adjusted.plus(other.adjusted), executed.plus(other.executed),
                frozen.plus(other.frozen), awaitingReview.plus(other.awaitingReview));
    }
}
