package cn.budgetledger.query.web;

import cn.budgetledger.query.journal.JournalRequest;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The query parameters every journal takes (formats.md "Journals"), bound from the request: business dates
 * from..to, status, project, line, a search text q, page and size (default 0 and 50), and the format (json, csv,
 * xlsx). Each journal says which statuses it knows.
 */
public record JournalParameters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                String status, String project, UUID line, String q, Integer page, Integer size,
                                String format) {

    /** The filter as checked; status is left to the journal, whose statuses differ. */
    JournalRequest request() {
        return JournalRequest.of(from, to, status, project, line, q, page == null ? 0 : page, size == null ? 50 : size);
    }

    String formatOrJson() {
        return format == null || format.isBlank() ? "json" : format;
    }
}
