package cn.budgetledger.query.journal;

import cn.budgetledger.api.LedgerException;

/** How a journal is answered: a page of JSON, or the whole filtered list as CSV (UTF-8 with BOM) or XLSX. */
public enum JournalFormat {
    JSON, CSV, XLSX;

    public static JournalFormat of(String format) {
        for (JournalFormat known : values()) {
            if (known.name().equalsIgnoreCase(format)) {
                return known;
            }
        }
        throw LedgerException.invalid("FORMAT_UNKNOWN", "未知的格式：" + format + "（应为 json、csv 或 xlsx）");
    }
}
