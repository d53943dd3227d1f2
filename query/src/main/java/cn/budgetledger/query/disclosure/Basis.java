package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.LedgerException;

/** Which figure the public tables show: 年初预算, 调整后预算 or 执行数. */
public enum Basis {
    ORIGINAL("original", "年初预算"),
    ADJUSTED("adjusted", "调整后预算"),
    EXECUTED("executed", "执行数");

    private final String parameter;
    private final String label;

    Basis(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /**
     * The column of a line's figure on this basis, summed in SQL numeric from its movements: within the aggregate's
     * bound, where the gross payments and reversals it is the difference of are not.
     */
    String column() {
        return switch (this) {
            case ORIGINAL -> "original";
            case ADJUSTED -> "adjusted";
            case EXECUTED -> "executed";
        };
    }

    /** The budget basis the 决算 comparison sets against execution: original or adjusted, never executed itself. */
    public static Basis budget(String parameter) {
        Basis basis = of(parameter);
        if (basis == EXECUTED) {
            throw LedgerException.invalid("BASIS_UNKNOWN", "决算对比的预算口径应为 original 或 adjusted（执行数是与之对比的一方）");
        }
        return basis;
    }

    public static Basis of(String parameter) {
        for (Basis basis : values()) {
            if (basis.parameter.equals(parameter)) {
                return basis;
            }
        }
        throw LedgerException.invalid("BASIS_UNKNOWN", "未知的口径：" + parameter + "（应为 original、adjusted 或 executed）");
    }
}
