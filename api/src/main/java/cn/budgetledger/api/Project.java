package cn.budgetledger.api;

/** 项目: every line belongs to one. */
public record Project(String code, String name, ProjectCategory category) {

    public Project {
        if (code == null || code.isBlank()) {
            throw LedgerException.invalid("PROJECT_CODE_MISSING", "项目编码不能为空");
        }
        if (name == null || name.isBlank()) {
            throw LedgerException.invalid("PROJECT_NAME_MISSING", "项目名称不能为空：" + code);
        }
        if (category == null) {
            throw LedgerException.invalid("PROJECT_CATEGORY_MISSING", "项目类别不能为空：" + code);
        }
        code = code.strip();
        name = name.strip();
    }
}
