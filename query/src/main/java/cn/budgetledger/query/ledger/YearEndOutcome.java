package cn.budgetledger.query.ledger;

/** What became of a line's unspent balance at closing, by the name the read model and the report give it. */
public enum YearEndOutcome {
    /** 项目支出: carried into the next year. */
    CARRIED_FORWARD("结转"),
    /** 基本支出: lapses. */
    LAPSED("结余");

    private final String label;

    YearEndOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static YearEndOutcome of(String label) {
        for (YearEndOutcome outcome : values()) {
            if (outcome.label.equals(label)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown year-end outcome: " + label);
    }
}
