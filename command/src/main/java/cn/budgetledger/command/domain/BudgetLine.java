package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;

/**
 * A line's figures as the aggregate keeps them: enough to guard 无预算不支出 counting every commitment, the money
 * frozen (冻结) and the entries awaiting review (待审核) as well as what was executed.
 */
public record BudgetLine(Project project, Money original, Money adjusted, Money executed, Money frozen,
                         Money awaitingReview) {

    static BudgetLine opened(Project project) {
        return new BudgetLine(project, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** 可用余额: adjusted − executed − frozen − awaiting review. */
    Money available() {
        return adjusted.minus(executed).minus(frozen).minus(awaitingReview);
    }

    /** An allocation, or what a correction changes one by (negative when it lowers it). */
    BudgetLine allocate(Money amount) {
        return new BudgetLine(project, original.plus(amount), adjusted.plus(amount), executed, frozen, awaitingReview);
    }

    BudgetLine adjust(Money amount) {
        return new BudgetLine(project, original, adjusted.plus(amount), executed, frozen, awaitingReview);
    }

    BudgetLine pay(Money amount) {
        return new BudgetLine(project, original, adjusted, executed.plus(amount), frozen, awaitingReview);
    }

    BudgetLine reverse(Money amount) {
        return new BudgetLine(project, original, adjusted, executed.minus(amount), frozen, awaitingReview);
    }

    /** 冻结: reserved for a contract, a procurement or a hold; a release (解冻) is a negative amount. */
    BudgetLine freeze(Money amount) {
        return new BudgetLine(project, original, adjusted, executed, frozen.plus(amount), awaitingReview);
    }

    /** A payment entered and awaiting review reserves its amount; its approval or return gives it back (negative). */
    BudgetLine reserveForReview(Money amount) {
        return new BudgetLine(project, original, adjusted, executed, frozen, awaitingReview.plus(amount));
    }
}
