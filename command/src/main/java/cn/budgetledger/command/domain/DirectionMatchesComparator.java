package cn.budgetledger.command.domain;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;

import java.util.Optional;

/**
 * ≥ and > targets are 正向 and ≤ and < targets are 反向, as on the central form; an "=" target may be
 * either. A contradiction (e.g. ≤ with 正向) would make the score meaningless.
 */
public final class DirectionMatchesComparator {

    private DirectionMatchesComparator() {
    }

    public static Optional<Rejection> check(String indicator, IndicatorComparator comparator,
                                            IndicatorDirection direction) {
        boolean contradicts = comparator.asksForMore() && direction != IndicatorDirection.POSITIVE
                || comparator.asksForLess() && direction != IndicatorDirection.NEGATIVE;
        return contradicts ? Rejection.invalid("DIRECTION_CONTRADICTS_COMPARATOR", "指标「" + indicator + "」的性质「"
                + comparator.symbol() + "」与方向「" + direction.label() + "」矛盾（≥、> 为正向，≤、< 为反向）")
                : Rejection.allowed();
    }
}
