package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectsAreConsistentTest {

    private static final Project SYSTEM = new Project("P1", "系统运维", ProjectCategory.SPECIFIC_PURPOSE);
    private static final LineKey LINE = LineKey.of("2080199", "30213", "P1", "一般公共预算拨款");

    @Test
    void a_new_line_names_the_project_its_key_names() {
        assertThat(ProjectsAreConsistent.checkNewLine(LINE, SYSTEM)).isEmpty();
        assertThat(ProjectsAreConsistent.checkNewLine(LINE, null)).map(Rejection::message)
                .contains("预算指标不存在：2080199/30213/P1/一般公共预算拨款（开新指标须给出项目名称和项目类别）");
        assertThat(ProjectsAreConsistent.checkNewLine(LINE, new Project("P2", "系统运维", ProjectCategory.SPECIFIC_PURPOSE)))
                .map(Rejection::code).contains("PROJECT_CODE_MISMATCH");
    }

    @Test
    void a_project_code_keeps_its_name_and_category() {
        Project renamed = new Project("P1", "系统维护", ProjectCategory.SPECIFIC_PURPOSE);
        Project recategorised = new Project("P1", "系统运维", ProjectCategory.PUBLIC_FUNDS);
        Project other = new Project("P2", "办公", ProjectCategory.PUBLIC_FUNDS);

        assertThat(ProjectsAreConsistent.check(LINE, SYSTEM, List.of(SYSTEM, other))).isEmpty();
        assertThat(ProjectsAreConsistent.check(LINE, renamed, List.of(SYSTEM))).map(Rejection::code).contains("PROJECT_CONFLICT");
        assertThat(ProjectsAreConsistent.check(LINE, recategorised, List.of(SYSTEM))).map(Rejection::code).contains("PROJECT_CONFLICT");
    }
}
