package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;

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

    /** A line's figure on this basis from its movement sums (fen). */
    Money of(long allocated, long adjusted, long paid, long reversed) {
        return Money.ofFen(switch (this) {
            case ORIGINAL -> allocated;
            case ADJUSTED -> allocated + adjusted;
            case EXECUTED -> paid - reversed;
        });
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
