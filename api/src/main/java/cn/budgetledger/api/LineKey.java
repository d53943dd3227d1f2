package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identity of a budget line (预算指标) inside a unit-year: functional subject, economic subject,
 * project, fund source and origin (指标来源). A request may leave the origin unnamed ({@code null}): the
 * ledger then resolves it (LinesMustExist) before anything is recorded, so a recorded key always has one.
 * The old pseudo fund source 上年结转结余 is always carried money: its origin is 上年结转.
 */
public record LineKey(FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                      FundSource fundSource, Origin origin) {

    private static final String SEPARATOR = "|";

    public LineKey {
        if (functionalCode == null || economicCode == null || fundSource == null) {
            throw LedgerException.invalid("LINE_INCOMPLETE", "预算指标须有功能科目、经济科目、项目和资金来源");
        }
        projectCode = PlainText.requireProjectCodeGiven(projectCode);
        if (projectCode.length() > PlainText.PROJECT_CODE_LENGTH || projectCode.contains(SEPARATOR)) {
            throw LedgerException.invalid("PROJECT_CODE_MALFORMED", "项目编码格式不正确：" + projectCode);
        }
        if (fundSource == FundSource.CARRIED_OVER) {
            origin = Origin.CARRIED_OVER;
        }
    }

    /** A line of this year's appropriation (本年). */
    public LineKey(FunctionalCode functionalCode, EconomicCode economicCode, String projectCode, FundSource fundSource) {
        this(functionalCode, economicCode, projectCode, fundSource, Origin.CURRENT_YEAR);
    }

    /** A key as stored: one written before lines had an origin gets the origin it had then. */
    @JsonCreator
    static LineKey stored(@JsonProperty("functionalCode") FunctionalCode functionalCode,
                          @JsonProperty("economicCode") EconomicCode economicCode,
                          @JsonProperty("projectCode") String projectCode,
                          @JsonProperty("fundSource") FundSource fundSource,
                          @JsonProperty("origin") Origin origin) {
        return new LineKey(functionalCode, economicCode, projectCode, fundSource,
                origin != null ? origin : Origin.before(fundSource));
    }

    /** A line of this year's appropriation (本年). */
    public static LineKey of(String functional, String economic, String project, String fundSource) {
        return new LineKey(FunctionalCode.of(functional), EconomicCode.of(economic), project, FundSource.of(fundSource));
    }

    /** A line as a request names it: a blank origin leaves it unnamed, to be resolved by the ledger. */
    public static LineKey of(String functional, String economic, String project, String fundSource, String origin) {
        return new LineKey(FunctionalCode.of(functional), EconomicCode.of(economic), project, FundSource.of(fundSource),
                origin == null || origin.isBlank() ? null : Origin.of(origin));
    }

    /** The same subjects, project and fund source, of origin 上年结转: where a closed year's unspent balance lands. */
    public LineKey carriedOver() {
        return withOrigin(Origin.CARRIED_OVER);
    }

    public LineKey withOrigin(Origin chosen) {
        return new LineKey(functionalCode, economicCode, projectCode, fundSource, chosen);
    }

    /** Whether the origin was named; a recorded key always names it. */
    public boolean namesOrigin() {
        return origin != null;
    }

    /** The same line whatever its origin: the four codes a request may name it by. */
    public boolean hasTheCodesOf(LineKey other) {
        return functionalCode.equals(other.functionalCode) && economicCode.equals(other.economicCode)
                && projectCode.equals(other.projectCode) && fundSource == other.fundSource;
    }

    /** The line as a message names it: 功能科目/经济科目/项目/资金来源, and 上年结转 when carried. */
    public String describe() {
        String codes = functionalCode + "/" + economicCode + "/" + projectCode + "/" + fundSource.label();
        return isNewlyCarried() ? codes + "/" + origin.label() : codes;
    }

    /** A stable identifier for URLs and read models, the same on every replay and as before lines had an origin. */
    public UUID id() {
        return UUID.nameUUIDFromBytes(toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Used as a map key in snapshots: read back by {@link #valueOf(String)}. A 本年 line (and an old 上年结转结余
     * line) is written as before origins existed, which keeps its {@link #id()}.
     */
    @Override
    public String toString() {
        String codes = functionalCode + SEPARATOR + economicCode + SEPARATOR + projectCode + SEPARATOR + fundSource.name();
        return isNewlyCarried() ? codes + SEPARATOR + origin.name() : codes;
    }

    private boolean isNewlyCarried() {
        return origin == Origin.CARRIED_OVER && fundSource != FundSource.CARRIED_OVER;
    }

    public static LineKey valueOf(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 4 && parts.length != 5) {
            throw LedgerException.invalid("LINE_KEY_MALFORMED", "预算指标标识格式不正确：" + text);
        }
        return parts.length == 4 ? LineKey.of(parts[0], parts[1], parts[2], parts[3])
                : LineKey.of(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }
}
