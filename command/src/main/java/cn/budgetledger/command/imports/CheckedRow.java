package cn.budgetledger.command.imports;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;
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

    /** The line the row names: functional, economic, project and fund source columns. */
    public LineKey line() {
        FunctionalCode functional = parse(FUNCTIONAL_CODE, FunctionalCode::of);
        EconomicCode economic = parse(ECONOMIC_CODE, EconomicCode::of);
        String project = parse(PROJECT_CODE, code -> {
            if (code.length() > 64 || code.contains("|")) {
                throw LedgerException.invalid("PROJECT_CODE_MALFORMED", "项目编码格式不正确：" + code);
            }
            return code;
        });
        FundSource source = parse(FUND_SOURCE, FundSource::of);
        return functional == null || economic == null || project == null || source == null ? null
                : new LineKey(functional, economic, project, source);
    }

    public Money positiveAmount(String column) {
        Money amount = parse(column, Money::parse);
        if (amount != null && !amount.isPositive()) {
            reject(column, column + "必须大于零：" + amount);
            return null;
        }
        return amount;
    }

    /** A date that must fall inside the row's fiscal year (when the year itself could be read). */
    public LocalDate dateIn(String column, UnitYear budget) {
        LocalDate date = parse(column, BusinessDate::parse);
        if (date != null && budget != null && !budget.contains(date)) {
            reject(column, "日期 " + date + " 不在 " + budget.year() + " 年度内");
            return null;
        }
        return date;
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
