package cn.budgetledger.command.domain;

import cn.budgetledger.api.IndicatorName;

import java.util.Optional;
import java.util.Set;

/**
 * An actual value is recorded only for a manual indicator that has a target in that scope: the ledger
 * computes the other five itself, and an actual without a target could never be scored.
 */
public final class ActualsNeedAManualTarget {

    private ActualsNeedAManualTarget() {
    }

    public static Optional<Rejection> checkManual(IndicatorName indicator) {
        return indicator.computed().isPresent() ? Rejection.invalid("ACTUAL_OF_COMPUTED_INDICATOR",
                "「" + indicator + "」由系统根据账务计算，不能手工填报实际完成值") : Rejection.allowed();
    }

    /** @param targets the scopes (keys) that have a target */
    static Optional<Rejection> check(IndicatorScope scope, Set<String> targets) {
        return checkManual(scope.indicator()).or(() -> targets.contains(scope.key()) ? Rejection.allowed()
                : Rejection.notFound("TARGET_NOT_FOUND", "未设绩效目标：" + scope.indicator()
                        + (scope.projectCode() == null ? "（整体支出）" : "（项目 " + scope.projectCode() + "）")));
    }
}
