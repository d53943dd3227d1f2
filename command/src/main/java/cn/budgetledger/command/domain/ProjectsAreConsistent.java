package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Project;

import java.util.Map;

/** A project code means one project (name and category) throughout the unit-year, and lines say whose they are. */
final class ProjectsAreConsistent {

    private ProjectsAreConsistent() {
    }

    static void require(Map<LineKey, BudgetLine> lines, LineKey key, Project project) {
        if (project == null) {
            throw LedgerException.invalid("PROJECT_MISSING",
                    "新指标须给出项目名称和项目类别：" + NoSpendingWithoutBudget.describe(key));
        }
        if (!project.code().equals(key.projectCode())) {
            throw LedgerException.invalid("PROJECT_CODE_MISMATCH",
                    "项目编码不一致：指标为 " + key.projectCode() + "，项目为 " + project.code());
        }
        for (BudgetLine line : lines.values()) {
            Project known = line.project();
            if (known.code().equals(project.code()) && !known.equals(project)) {
                throw LedgerException.conflict("PROJECT_CONFLICT", "项目 " + project.code() + " 已登记为「"
                        + known.name() + "／" + known.category().label() + "」，与「" + project.name() + "／"
                        + project.category().label() + "」不一致");
            }
        }
    }
}
