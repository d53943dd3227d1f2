package cn.budgetledger.query.journal;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.PlainText;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a journal (支付、拒付、调整、冻结 台账) is asked for: business dates from..to (either open), a status, a
 * project, a line, a search text, an order and a page of it (formats.md "Journals"). Checked like every input: a bad
 * one is 400 with a code.
 *
 * @param sort a column of the journal (its JSON name, e.g. "amount"), "-" before it for descending; null: newest first
 */
public record JournalRequest(LocalDate from, LocalDate to, String status, String project, UUID line, String search,
                             int page, int size, String sort) {

    public static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_SEARCH_LENGTH = 100;

    /** A request as sent: checked. */
    public static JournalRequest of(LocalDate from, LocalDate to, String status, String project, UUID line,
                                    String search, int page, int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw LedgerException.invalid("DATE_RANGE_REVERSED", "起始日期 " + from + " 晚于截止日期 " + to);
        }
        if (page < 0) {
            throw LedgerException.invalid("PAGE_MALFORMED", "页码应为 0 或正整数：" + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw LedgerException.invalid("PAGE_SIZE_MALFORMED", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间：" + size);
        }
        String searched = blankAsNull(search);
        if (searched != null) {
            PlainText.requireName(searched, "搜索内容");
            if (searched.length() > MAX_SEARCH_LENGTH) {
                throw LedgerException.invalid("SEARCH_TOO_LONG", "搜索内容不能超过 " + MAX_SEARCH_LENGTH + " 个字符");
            }
        }
        String projectCode = blankAsNull(project);
        if (projectCode != null) {
            PlainText.requireProjectCode(projectCode);
        }
        return new JournalRequest(from, to, blankAsNull(status), projectCode, line, searched, page, size, null);
    }

    /** The same request in the order asked (blank: newest first); the journal checks the column is one of its own. */
    public JournalRequest sortedBy(String sort) {
        return new JournalRequest(from, to, status, project, line, search, page, size, blankAsNull(sort));
    }

    /** The same filter and order, every row of it: what an export writes. */
    public JournalRequest whole() {
        return new JournalRequest(from, to, status, project, line, search, 0, Integer.MAX_VALUE, sort);
    }

    /**
     * The SQL order of this request: the asked column first, then the journal's own order (newest first), which also
     * settles ties. Only the journal's own expressions reach the SQL, never the text sent; an unknown column is 400.
     *
     * @param sortable  the journal's sortable columns: JSON name → SQL expression
     * @param ownOrder  the journal's default order, e.g. "r.refused_on desc, r.event_id"
     */
    public String orderBy(Map<String, String> sortable, String ownOrder) {
        if (sort == null) {
            return ownOrder;
        }
        boolean descending = sort.startsWith("-");
        String expression = sortable.get(descending ? sort.substring(1) : sort);
        if (expression == null) {
            throw LedgerException.invalid("SORT_UNKNOWN", "不能按该列排序（可用：" + String.join("、", new TreeSet<>(sortable.keySet()))
                    + "；列名前加 - 为降序）");
        }
        return expression + (descending ? " desc" : " asc") + " nulls last, " + ownOrder;
    }

    public long offset() {
        return (long) page * size;
    }

    /** The search as an SQL LIKE pattern (its own % and _ taken literally), or null. */
    public String pattern() {
        return search == null ? null
                : "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The status if it is one of the journal's, else 400 naming them. */
    public String statusAmong(Collection<String> statuses) {
        if (status != null && !statuses.contains(status)) {
            throw LedgerException.invalid("STATUS_UNKNOWN",
                    "未知的状态：" + status + "（应为 " + String.join("、", statuses) + "）");
        }
        return status;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
