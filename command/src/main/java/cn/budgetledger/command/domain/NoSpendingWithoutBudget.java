package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.events.PaymentRefusedEvent;

import java.util.Optional;

/** 无预算不支出: nothing may take a line's available balance below zero. */
public final class NoSpendingWithoutBudget {

    private NoSpendingWithoutBudget() {
    }

    /** A payment the line cannot bear is refused (and the refusal recorded), not rejected: the refusal it meets. */
    static Optional<Rejection> checkPayment(BudgetLine line, Money amount) {
        return amount.exceeds(line.available()) ? Optional.of(refusal(amount, line.available())) : Rejection.allowed();
    }

    /** What a refused payment is told, wherever it was sent from. */
    public static Rejection refusal(Money amount, Money available) {
        return new Rejection(LedgerException.Kind.RULE_VIOLATED, PaymentRefusedEvent.WITHOUT_BUDGET,
                "拒付：支付金额 " + amount.grouped() + " 元超过指标可用余额 " + available.grouped() + " 元（无预算不支出）。拒付已记录，凭证号可重新使用。");
    }

    static Optional<Rejection> checkAdjustment(LineKey line, Money availableBefore, Money netChange) {
        return availableBefore.plus(netChange).isNegative()
                ? Rejection.ruleViolated("INSUFFICIENT_BUDGET", "无预算不支出：指标 " + line.describe() + " 可用余额 "
                        + availableBefore.grouped() + " 元，不足调减 " + netChange.negate().grouped() + " 元")
                : Rejection.allowed();
    }

    /** A freeze reserves money the line has: never more than its available balance. */
    public static Optional<Rejection> checkFreeze(LineKey line, Money available, Money amount) {
        return amount.exceeds(available)
                ? Rejection.ruleViolated("INSUFFICIENT_BUDGET", "无预算不支出：指标 " + line.describe() + " 可用余额 "
                        + available.grouped() + " 元，不足冻结 " + amount.grouped() + " 元")
                : Rejection.allowed();
    }
}
