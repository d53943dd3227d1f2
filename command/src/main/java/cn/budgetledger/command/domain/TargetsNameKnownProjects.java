package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;

import java.util.Optional;
import java.util.Set;

/** A project's performance target names a project that has budget lines in the unit-year. */
public final class TargetsNameKnownProjects {

    private TargetsNameKnownProjects() {
    }

    /**
     * @param projectCode null for the unit as a whole
     * @param lines       the lines the unit-year has
     */
    public static Optional<Rejection> check(String projectCode, Set<LineKey> lines) {
        return projectCode == null || lines.stream().anyMatch(line -> line.projectCode().equals(projectCode))
                ? Rejection.allowed()
                : Rejection.notFound("TARGET_PROJECT_NOT_FOUND",
                        "项目不存在：" + projectCode + "（请先登记该项目的预算指标，再设绩效目标）");
    }
}
