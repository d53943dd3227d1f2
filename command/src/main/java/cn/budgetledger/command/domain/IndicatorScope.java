package cn.budgetledger.command.domain;

import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.queries.TargetKinds;

/**
 * Where a performance target belongs: the unit as a whole (no project) or one project, and which
 * 三级指标. Setting a target for the same scope again revises it.
 */
record IndicatorScope(String projectCode, IndicatorName indicator) {

    /** Written as a string so the aggregate's snapshot can use it as a map key; the read side writes it alike. */
    String key() {
        return TargetKinds.scope(projectCode, indicator);
    }
}
