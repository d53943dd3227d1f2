package cn.budgetledger.api.queries;

import cn.budgetledger.api.ProjectCategory;

/** A project's figures: the sum of its lines. */
public record ProjectView(String code, String name, ProjectCategory category, Figures figures) {
}
