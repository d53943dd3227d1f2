package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;

/** A line's figures as the aggregate keeps them: enough to guard 无预算不支出. */
public record BudgetLine(Project project, Money original, Money adjusted, Money executed) {

    static BudgetLine opened(Project project) {
        return new BudgetLine(project, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    Money available() {
        return adjusted.minus(executed);
    }

    /** An allocation, or what a correction changes one by (negative when it lowers it). */
    BudgetLine allocate(Money amount) {
        return new BudgetLine(project, original.plus(amount), adjusted.plus(amount), executed);
    }

    BudgetLine adjust(Money amount) {
        return new BudgetLine(project, original, adjusted.plus(amount), executed);
    }

    BudgetLine pay(Money amount) {
        return new BudgetLine(project, original, adjusted, executed.plus(amount));
    }

    BudgetLine reverse(Money amount) {
        return new BudgetLine(project, original, adjusted, executed.minus(amount));
    }
}
