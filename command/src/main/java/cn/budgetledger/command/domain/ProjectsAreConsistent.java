package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Project;

import java.util.Collection;
import java.util.Optional;

/** A project code means one project (name and category) throughout the unit-year, and lines say whose they are. */
public final class ProjectsAreConsistent {

    private ProjectsAreConsistent() {
    }

    /** A line the year does not have yet is opened for a named project: the one its key names. */
    public static Optional<Rejection> checkNewLine(LineKey line, Project project) {
        if (project == null) {
            return Rejection.invalid("PROJECT_MISSING",
                    "预算指标不存在：" + line.describe() + "（开新指标须给出项目名称和项目类别）");
        }
        if (!project.code().equals(line.projectCode())) {
            return Rejection.invalid("PROJECT_CODE_MISMATCH",
                    "项目编码不一致：指标为 " + line.projectCode() + "，项目为 " + project.code());
        }
        return Rejection.allowed();
    }

    /** @param known the projects the unit-year already has */
    public static Optional<Rejection> check(LineKey line, Project project, Collection<Project> known) {
        return checkNewLine(line, project).or(() -> known.stream()
                .filter(other -> other.code().equals(project.code()) && !other.equals(project))
                .findFirst()
                .flatMap(other -> Rejection.conflict("PROJECT_CONFLICT", "项目 " + project.code() + " 已登记为「"
                        + other.name() + "／" + other.category().label() + "」，与「" + project.name() + "／"
                        + project.category().label() + "」不一致")));
    }
}
