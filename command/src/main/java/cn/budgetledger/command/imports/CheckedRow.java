package cn.budgetledger.command.imports;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.command.domain.AmountsAreValid;
import cn.budgetledger.command.domain.DatesLieInsideTheYear;
import cn.budgetledger.command.domain.LinesMustExist;
import cn.budgetledger.command.domain.Rejection;
import cn.budgetledger.command.domain.TargetsAreWellFormed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A row being read into the ledger's types: every cell that does not parse becomes an error naming its
 * row and column, and reading goes on, so one pass finds all of a row's problems.
 */
public final class CheckedRow {

    public static final String UNIT = "单位代码";
    public static final String YEAR = "年度";
    public static final String FUNCTIONAL_CODE = "功能科目编码";
    public static final String ECONOMIC_CODE = "经济科目编码";
    public static final String PROJECT_CODE = "项目编码";
    public static final String FUND_SOURCE = "资金来源";
    /** Optional wherever a line is named: 本年 or 上年结转; left empty, the ledger resolves it (LinesMustExist). */
    public static final String ORIGIN = "指标来源";

    private final SheetRow row;
    private final ImportErrors errors;
    private boolean valid = true;

    public CheckedRow(SheetRow row, ImportErrors errors) {
        this.row = row;
        this.errors = errors;
    }

    public int number() {
        return row.number();
    }

    public boolean isValid() {
        return valid;
    }

    public void reject(String column, String message) {
        valid = false;
        errors.add(row.number(), column, message);
    }

    /** A line the year does not have: the error names the column of the first code that matches no line. */
    public void rejectUnknownLine(LineKey line, Set<LineKey> lines) {
        Optional<Rejection> verdict = LinesMustExist.check(line, lines);
        if (verdict.isPresent()) {
            reject(switch (LinesMustExist.unmatched(line, lines)) {
                case PROJECT -> PROJECT_CODE;
                case FUNCTIONAL -> FUNCTIONAL_CODE;
                case ECONOMIC -> ECONOMIC_CODE;
                case FUND_SOURCE -> FUND_SOURCE;
                case ORIGIN -> ORIGIN;
            }, verdict);
        }
    }

    /** A rule's verdict on this row: its rejection, if any, becomes the error of this column. */
    public void reject(String column, Optional<Rejection> verdict) {
        verdict.ifPresent(rejection -> reject(column, rejection.message()));
    }

    /** The cell's text, or null after recording that it is missing. */
    public String required(String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            reject(column, column + "不能为空");
            return null;
        }
        return text;
    }

    /** The cell's text, or null when empty. */
    public String optional(String column) {
        String text = row.text(column);
        return text.isEmpty() ? null : text;
    }

    /** The required cell read by a parser of the ledger's language; its "no" becomes this cell's error. */
    public <T> T parse(String column, Function<String, T> parser) {
        String text = required(column);
        return text == null ? null : convert(column, text, parser);
    }

    public <T> T parseOptional(String column, Function<String, T> parser) {
        String text = optional(column);
        return text == null ? null : convert(column, text, parser);
    }

    public UnitYear unitYear() {
        String unit = required(UNIT);
        Integer year = parse(YEAR, text -> {
            if (!text.matches("\\d{4}")) {
                throw LedgerException.invalid("YEAR_MALFORMED", "年度应为 4 位数字：" + text);
            }
            return Integer.parseInt(text);
        });
        if (unit == null || year == null) {
            return null;
        }
        try {
            return new UnitYear(unit, year);
        } catch (LedgerException malformed) {
            reject(malformed.code().startsWith("UNIT") ? UNIT : YEAR, malformed.getMessage());
            return null;
        }
    }

    /** The line the row names: functional, economic, project and fund source columns, and 指标来源 when given. */
    public LineKey line() {
        FunctionalCode functional = parse(FUNCTIONAL_CODE, FunctionalCode::of);
        EconomicCode economic = parse(ECONOMIC_CODE, EconomicCode::of);
        String project = parse(PROJECT_CODE, PlainText::requireProjectCode);
        FundSource source = parse(FUND_SOURCE, FundSource::of);
        Origin origin = parseOptional(ORIGIN, Origin::of);
        return functional == null || economic == null || project == null || source == null
                || (origin == null && optional(ORIGIN) != null) ? null
                : new LineKey(functional, economic, project, source, origin);
    }

    /** A positive amount within the ledger's bound, by the aggregate's own rule. */
    public Money positiveAmount(String column) {
        return checked(column, parse(column, Money::parse), amount -> AmountsAreValid.checkPositive(amount, column));
    }

    /** A signed, non-zero amount within the ledger's bound (an adjustment entry), by the aggregate's own rule. */
    public Money nonZeroAmount(String column) {
        return checked(column, parse(column, Money::parse), amount -> AmountsAreValid.checkNonZero(amount, column));
    }

    /** An amount that may be zero but not negative (a month of a spending plan), by the aggregate's own rule. */
    public Money notNegativeAmount(String column) {
        return checked(column, parse(column, Money::parse), amount -> AmountsAreValid.checkNotNegative(amount, column));
    }

    /** A required voucher or document number, by the ledger's rule for them (PlainText). */
    public String documentNumber(String column) {
        return parse(column, text -> PlainText.requireDocumentNumber(text, column));
    }

    public String optionalDocumentNumber(String column) {
        return parseOptional(column, text -> PlainText.requireDocumentNumber(text, column));
    }

    /** A required name: one line, bounded, nothing invisible. */
    public String name(String column) {
        return parse(column, text -> PlainText.requireName(text, column));
    }

    public String optionalName(String column) {
        return parseOptional(column, text -> PlainText.requireName(text, column));
    }

    /** Optional free text (payee, summary, reasons): bounded, nothing invisible but line breaks and tabs. */
    public String freeText(String column) {
        return parseOptional(column, text -> PlainText.requireFreeText(text, column));
    }

    /** A required 三级指标. */
    public IndicatorName indicator(String column) {
        return parse(column, text -> new IndicatorName(PlainText.requireName(text, column)));
    }

    /**
     * A target's value or weight, or an actual, by the aggregate's own bound on a number, so a number it would
     * refuse is an error of the file.
     */
    public BigDecimal indicatorNumber(String column, IndicatorName indicator) {
        return parse(column, text -> TargetsAreWellFormed.number(IndicatorValue.parse(text, column), column,
                indicator == null ? new IndicatorName("-") : indicator));
    }

    /** As {@link #indicatorNumber}, for a cell that may be empty (null then). */
    public BigDecimal optionalIndicatorNumber(String column, IndicatorName indicator) {
        return parseOptional(column, text -> TargetsAreWellFormed.number(IndicatorValue.parse(text, column), column,
                indicator == null ? new IndicatorName("-") : indicator));
    }

    /** An optional project code (empty: the unit as a whole). */
    public String optionalProjectCode() {
        return parseOptional(PROJECT_CODE, PlainText::requireProjectCode);
    }

    /** A date that must fall inside the row's fiscal year (when the year itself could be read). */
    public LocalDate dateIn(String column, UnitYear budget) {
        LocalDate date = parse(column, BusinessDate::parse);
        return budget == null ? date : checked(column, date, read -> DatesLieInsideTheYear.check(budget, read));
    }

    /** A value read, unless the rule says no: then its rejection is this cell's error, and the value none. */
    private <T> T checked(String column, T value, Function<T, Optional<Rejection>> rule) {
        if (value == null) {
            return null;
        }
        Optional<Rejection> verdict = rule.apply(value);
        reject(column, verdict);
        return verdict.isPresent() ? null : value;
    }

    private <T> T convert(String column, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (LedgerException malformed) {
            reject(column, malformed.getMessage());
            return null;
        }
    }
}
