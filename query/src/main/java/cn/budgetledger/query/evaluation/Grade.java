package cn.budgetledger.query.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/** 评价等级: by the share of the maximum score, compared exactly. */
public enum Grade {
    EXCELLENT("优", new BigDecimal("0.9")),
    GOOD("良", new BigDecimal("0.8")),
    FAIR("中", new BigDecimal("0.6")),
    POOR("差", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal share;

    Grade(String label, BigDecimal share) {
        this.label = label;
        this.share = share;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Grade of(BigDecimal total, BigDecimal maximum) {
        for (Grade grade : values()) {
            if (total.compareTo(maximum.multiply(grade.share)) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
