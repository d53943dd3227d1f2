package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Origin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A payment names a line that has been allocated or opened by an adjustment. */
public final class LinesMustExist {

    /** The first of a named line's codes that no line of the year has, read as finance staff narrow a line down. */
    public enum Unmatched { PROJECT, FUNCTIONAL, ECONOMIC, FUND_SOURCE, ORIGIN }

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
                : Rejection.ruleViolated("LINE_NOT_FOUND", "预算指标不存在：" + line.describe() + "（"
                        + unmatchedPart(unmatched(line, lines), line) + "，无预算不支出）"));
    }

    /** Which code of a line the year lacks: an import names that column, not always 项目编码. */
    public static Unmatched unmatched(LineKey line, Set<LineKey> lines) {
        List<LineKey> same = lines.stream().filter(known -> known.projectCode().equals(line.projectCode())).toList();
        if (same.isEmpty()) {
            return Unmatched.PROJECT;
        }
        same = same.stream().filter(known -> known.functionalCode().equals(line.functionalCode())).toList();
        if (same.isEmpty()) {
            return Unmatched.FUNCTIONAL;
        }
        same = same.stream().filter(known -> known.economicCode().equals(line.economicCode())).toList();
        if (same.isEmpty()) {
            return Unmatched.ECONOMIC;
        }
        return same.stream().anyMatch(known -> known.fundSource() == line.fundSource()) ? Unmatched.ORIGIN
                : Unmatched.FUND_SOURCE;
    }

    private static String unmatchedPart(Unmatched unmatched, LineKey line) {
        return switch (unmatched) {
            case PROJECT -> "本年度没有项目 " + line.projectCode();
            case FUNCTIONAL -> "项目 " + line.projectCode() + " 下没有功能科目 " + line.functionalCode();
            case ECONOMIC -> "项目 " + line.projectCode() + " 的功能科目 " + line.functionalCode() + " 下没有经济科目 "
                    + line.economicCode();
            case FUND_SOURCE -> "该科目没有资金来源为 " + line.fundSource().label() + " 的指标";
            case ORIGIN -> "该科目没有指标来源为 " + line.origin().label() + " 的指标";
        };
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
