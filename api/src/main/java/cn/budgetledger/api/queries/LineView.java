package cn.budgetledger.api.queries;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;

import java.util.UUID;

/**
 * One budget line (预算指标) with its origin (指标来源) and its figures as of a date; its subjects' names as the
 * catalogue (or an import) names them, empty where neither does.
 */
public record LineView(UUID lineId, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                       String projectName, ProjectCategory projectCategory, FundSource fundSource, Origin origin,
                       Figures figures, String functionalName, String economicName) {

    public LineView {
        functionalName = functionalName == null ? "" : functionalName;
        economicName = economicName == null ? "" : economicName;
    }

    /** The line's identity. */
    public LineKey key() {
        return new LineKey(functionalCode, economicCode, projectCode, fundSource, origin);
    }
}
