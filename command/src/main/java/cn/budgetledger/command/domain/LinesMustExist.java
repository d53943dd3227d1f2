package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Origin;

import java.util.List;
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

    /**
     * The line a request means when it leaves the origin (指标来源) unnamed: the 本年 line, or else the only line
     * with those four codes (a carried one); a named origin is taken as named. The line may not exist yet.
     *
     * @param lines the lines the unit-year has
     */
    public static LineKey resolve(LineKey line, Set<LineKey> lines) {
        if (line == null || line.namesOrigin()) {
            return line;
        }
        LineKey current = line.withOrigin(Origin.CURRENT_YEAR);
        if (lines.contains(current)) {
            return current;
        }
        List<LineKey> same = lines.stream().filter(line::hasTheCodesOf).toList();
        return same.size() == 1 ? same.get(0) : current;
    }
}
