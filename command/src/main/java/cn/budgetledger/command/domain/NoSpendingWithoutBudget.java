package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;

/** 无预算不支出: nothing may take a line's available balance below zero. */
final class NoSpendingWithoutBudget {

    private NoSpendingWithoutBudget() {
    }

    /** A payment the line cannot bear is refused (and the refusal recorded), not rejected. */
    static boolean allowsPayment(BudgetLine line, Money amount) {
        return !amount.exceeds(line.available());
    }

    static void requireAdjustmentCovered(LineKey key, Money availableBefore, Money netChange) {
        if (availableBefore.plus(netChange).isNegative()) {
            throw LedgerException.ruleViolated("INSUFFICIENT_BUDGET",
                    "无预算不支出：指标 " + describe(key) + " 可用余额 " + availableBefore + " 元，不足调减 "
                            + netChange.negate() + " 元");
        }
    }

    static String describe(LineKey key) {
        return key.functionalCode() + "/" + key.economicCode() + "/" + key.projectCode() + "/"
                + key.fundSource().label();
    }
}
