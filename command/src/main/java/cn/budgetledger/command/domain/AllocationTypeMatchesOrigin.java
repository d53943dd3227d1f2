package cn.budgetledger.command.domain;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.LineKey;

import java.util.Optional;

/**
 * 指标类型 and 指标来源 agree: a 年初批复 allocates this year's (本年) lines, a 上年结转 allocation carried
 * (上年结转) lines; a 追加 is approved during the year as an adjustment, never as an allocation.
 */
public final class AllocationTypeMatchesOrigin {

    private AllocationTypeMatchesOrigin() {
    }

    /** The type an allocation is of when it names none. */
    public static AllocationType typeOf(AllocationType named) {
        return named == null ? AllocationType.INITIAL_APPROVAL : named;
    }

    /** The line an allocation of the type means: an unnamed origin is the type's. */
    public static LineKey line(LineKey line, AllocationType type) {
        return line == null || line.namesOrigin() ? line : line.withOrigin(typeOf(type).origin());
    }

    public static Optional<Rejection> check(AllocationType type, LineKey line) {
        AllocationType chosen = typeOf(type);
        if (chosen == AllocationType.INCREASE) {
            return Rejection.invalid("ALLOCATION_TYPE_IS_ADJUSTMENT", "指标类型「追加」须以追加调整单录入，不能作为预算批复");
        }
        return line.origin() == chosen.origin() ? Rejection.allowed()
                : Rejection.invalid("ALLOCATION_TYPE_MISMATCH", "指标类型「" + chosen.label() + "」的指标来源应为"
                        + chosen.origin().label() + "：" + line.describe() + " 为" + line.origin().label());
    }
}
