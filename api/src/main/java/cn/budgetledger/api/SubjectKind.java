package cn.budgetledger.api;

/** The two classifications a budget line is coded in. */
public enum SubjectKind {
    FUNCTIONAL("功能科目"),
    ECONOMIC("经济科目");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
