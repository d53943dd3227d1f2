package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;

import java.util.Optional;
import java.util.Set;

/** A payment names a line that has been allocated or opened by an adjustment. */
public final class LinesMustExist {

    private LinesMustExist() {
    }

    /** Every allocation, entry and payment names its line. */
    static Optional<Rejection> checkNamed(LineKey line) {
        return line == null ? Rejection.invalid("LINE_MISSING", "须指明预算指标（功能科目、经济科目、项目、资金来源）")
                : Rejection.allowed();
    }

    /** @param lines the lines the unit-year has */
    public static Optional<Rejection> check(LineKey line, Set<LineKey> lines) {
        return checkNamed(line).or(() -> lines.contains(line) ? Rejection.allowed()
                : Rejection.ruleViolated("LINE_NOT_FOUND", "预算指标不存在：" + line.describe() + "（无预算不支出）"));
    }
}
