package cn.budgetledger.api;

/** 项目: every line belongs to one. */
public record Project(String code, String name, ProjectCategory category) {

    public Project {
        code = PlainText.requireProjectCodeGiven(code);
        if (name == null || name.isBlank()) {
            throw LedgerException.invalid("PROJECT_NAME_MISSING", "项目名称不能为空：" + code);
        }
        if (category == null) {
            throw LedgerException.invalid("PROJECT_CATEGORY_MISSING", "项目类别不能为空：" + code);
        }
        name = name.strip();
    }
}
