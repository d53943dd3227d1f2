package cn.budgetledger.api.queries;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.ProjectCategory;

import java.util.UUID;

/** One budget line (预算指标) with its figures as of a date. */
public record LineView(UUID lineId, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                       String projectName, ProjectCategory projectCategory, FundSource fundSource, Figures figures) {
}
