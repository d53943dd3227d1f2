package cn.budgetledger.api.queries;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;

import java.util.UUID;

/** One budget line (预算指标) with its origin (指标来源) and its figures as of a date. */
public record LineView(UUID lineId, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                       String projectName, ProjectCategory projectCategory, FundSource fundSource, Origin origin,
                       Figures figures) {

    /** A line of this year's appropriation (本年). */
    public LineView(UUID lineId, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                    String projectName, ProjectCategory projectCategory, FundSource fundSource, Figures figures) {
        this(lineId, functionalCode, economicCode, projectCode, projectName, projectCategory, fundSource,
                Origin.CURRENT_YEAR, figures);
    }

    /** The line's identity. */
    public LineKey key() {
        return new LineKey(functionalCode, economicCode, projectCode, fundSource, origin);
    }
}
