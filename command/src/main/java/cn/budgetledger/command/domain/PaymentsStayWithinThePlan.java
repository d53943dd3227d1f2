package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 按用款计划支付: where a line has a spending plan, a payment dated in month m may not take what the line has executed
 * past the plan's cumulative total, through m or through any later month k (executed through k counts the payments
 * dated after m too, so money a later payment used is not paid twice). Like 无预算不支出, a payment it refuses is
 * refused, and the refusal recorded. A reversal gives money back and is never checked.
 */
public final class PaymentsStayWithinThePlan {

    public static final String CODE = "PLAN_EXCEEDED";

    private PaymentsStayWithinThePlan() {
    }

    /** @param executed what the line executed month by month, before this payment */
    static Optional<Rejection> check(SpendingPlan plan, MonthlyExecution executed, LocalDate date, Money amount) {
        for (int month = date.getMonthValue(); month <= 12; month++) {
            Money planned = plan.cumulativeThrough(month);
            Money before = executed.cumulativeThrough(month);
            if (before.plus(amount).exceeds(planned)) {
                return Optional.of(refusal(month, planned, before, amount));
            }
        }
        return Rejection.allowed();
    }

    private static Rejection refusal(int month, Money planned, Money executed, Money amount) {
        return new Rejection(LedgerException.Kind.RULE_VIOLATED, CODE, "拒付：截至 " + month + " 月累计用款计划 "
                + planned.grouped() + " 元，已累计执行 " + executed.grouped() + " 元，再支付 " + amount.grouped()
                + " 元将超过用款计划。拒付已记录，凭证号可重新使用。");
    }
}
