package cn.budgetledger.query.indicators;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.ProjectCategory;

import java.util.UUID;

/** One budget line with its measures as of a date. */
public record LineMeasures(UUID lineId, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                           String projectName, ProjectCategory projectCategory, FundSource fundSource,
                           Origin origin, Measures measures) {
}
