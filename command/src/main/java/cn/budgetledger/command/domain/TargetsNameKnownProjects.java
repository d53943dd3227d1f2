package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;

import java.util.Map;

/** A project's performance target names a project that has budget lines in the unit-year. */
final class TargetsNameKnownProjects {

    private TargetsNameKnownProjects() {
    }

    static void require(Map<LineKey, BudgetLine> lines, String projectCode) {
        if (projectCode != null && lines.keySet().stream().noneMatch(key -> key.projectCode().equals(projectCode))) {
            throw LedgerException.notFound("TARGET_PROJECT_NOT_FOUND",
                    "项目不存在：" + projectCode + "（请先登记该项目的预算指标，再设绩效目标）");
        }
    }
}
