package cn.budgetledger.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identity of a budget line (预算指标) inside a unit-year: functional subject, economic subject,
 * project and fund source.
 */
public record LineKey(FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                      FundSource fundSource) {

    private static final String SEPARATOR = "|";

    public LineKey {
        if (functionalCode == null || economicCode == null || fundSource == null) {
            throw LedgerException.invalid("LINE_INCOMPLETE", "预算指标须有功能科目、经济科目、项目和资金来源");
        }
        projectCode = PlainText.requireProjectCodeGiven(projectCode);
        if (projectCode.length() > PlainText.PROJECT_CODE_LENGTH || projectCode.contains(SEPARATOR)) {
            throw LedgerException.invalid("PROJECT_CODE_MALFORMED", "项目编码格式不正确：" + projectCode);
        }
    }

    public static LineKey of(String functional, String economic, String project, String fundSource) {
        return new LineKey(FunctionalCode.of(functional), EconomicCode.of(economic), project, FundSource.of(fundSource));
    }

    /** The same line funded from 上年结转结余: where a closed year's unspent balance lands. */
    public LineKey carriedOver() {
        return new LineKey(functionalCode, economicCode, projectCode, FundSource.CARRIED_OVER);
    }

    /** The line as a message names it: 功能科目/经济科目/项目/资金来源. */
    public String describe() {
        return functionalCode + "/" + economicCode + "/" + projectCode + "/" + fundSource.label();
    }

    /** A stable identifier for URLs and read models, the same on every replay. */
    public UUID id() {
        return UUID.nameUUIDFromBytes(toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Used as a map key in snapshots: read back by {@link #valueOf(String)}. */
    @Override
    public String toString() {
        return functionalCode + SEPARATOR + economicCode + SEPARATOR + projectCode + SEPARATOR + fundSource.name();
    }

    public static LineKey valueOf(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 4) {
            throw LedgerException.invalid("LINE_KEY_MALFORMED", "预算指标标识格式不正确：" + text);
        }
        return LineKey.of(parts[0], parts[1], parts[2], parts[3]);
    }
}
