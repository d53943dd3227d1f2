package cn.budgetledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;

import java.util.regex.Pattern;

/**
 * One unit's budget for one fiscal year: the consistency boundary of every rule, and the identity of
 * the aggregate ("503019-2025").
 */
public record UnitYear(String unit, int year) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public UnitYear {
        if (unit == null || !SIX_DIGITS.matcher(unit).matches()) {
            throw LedgerException.invalid("UNIT_CODE_MALFORMED", "单位代码应为 6 位数字：" + (unit == null ? "空" : unit));
        }
        new FiscalYear(year);
    }

    @JsonCreator
    public static UnitYear parse(String id) {
        String[] parts = id == null ? new String[0] : id.split("-");
        if (parts.length != 2 || !FOUR_DIGITS.matcher(parts[1]).matches()) {
            throw LedgerException.invalid("UNIT_YEAR_MALFORMED", "预算年度标识应为 单位代码-年度：" + id);
        }
        return new UnitYear(parts[0], Integer.parseInt(parts[1]));
    }

    public FiscalYear fiscalYear() {
        return new FiscalYear(year);
    }

    public LocalDate firstDay() {
        return fiscalYear().firstDay();
    }

    public LocalDate lastDay() {
        return fiscalYear().lastDay();
    }

    public boolean contains(LocalDate date) {
        return fiscalYear().contains(date);
    }

    /** The date itself when it lies inside the year, else the year's first or last day. */
    public LocalDate keepInside(LocalDate date) {
        return fiscalYear().keepInside(date);
    }

    public UnitYear next() {
        return new UnitYear(unit, year + 1);
    }

    @JsonValue
    @Override
    public String toString() {
        return unit + "-" + year;
    }
}
