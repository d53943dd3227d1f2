package cn.budgetledger.query.indicators;

import cn.budgetledger.api.ProjectCategory;

/** One project's indicators: the sum of its lines' measures, its own adjustment count. */
public record ProjectIndicators(String code, String name, ProjectCategory category, ScopeIndicators figures) {
}
