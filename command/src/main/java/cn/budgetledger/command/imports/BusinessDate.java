package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document's date as finance staff write it: YYYY-MM-DD or YYYY/M/D. */
final class BusinessDate {

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    private BusinessDate() {
    }

    static LocalDate parse(String text) {
        Matcher date = DATE.matcher(text.strip());
        if (!date.matches()) {
            throw LedgerException.invalid("DATE_MALFORMED", "日期格式应为 YYYY-MM-DD 或 YYYY/M/D：" + text.strip());
        }
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(3)),
                    Integer.parseInt(date.group(4)));
        } catch (DateTimeException noSuchDay) {
            throw LedgerException.invalid("DATE_INVALID", "日期不存在：" + text.strip());
        }
    }
}
