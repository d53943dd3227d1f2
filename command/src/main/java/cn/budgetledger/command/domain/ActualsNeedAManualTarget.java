package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;

import java.util.Map;

/**
 * An actual value is recorded only for a manual indicator that has a target in that scope: the ledger
 * computes the other five itself, and an actual without a target could never be scored.
 */
final class ActualsNeedAManualTarget {

    private ActualsNeedAManualTarget() {
    }

    static void require(Map<String, String> targets, IndicatorScope scope) {
        scope.indicator().computed().ifPresent(computed -> {
            throw LedgerException.invalid("ACTUAL_OF_COMPUTED_INDICATOR",
                    "「" + scope.indicator() + "」由系统根据账务计算，不能手工填报实际完成值");
        });
        if (!targets.containsKey(scope.key())) {
            throw LedgerException.notFound("TARGET_NOT_FOUND", "未设绩效目标：" + scope.indicator()
                    + (scope.projectCode() == null ? "（整体支出）" : "（项目 " + scope.projectCode() + "）"));
        }
    }
}
