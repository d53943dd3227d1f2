package cn.budgetledger.query.web;

import cn.budgetledger.query.journal.JournalRequest;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The query parameters every journal takes (formats.md "Journals"), bound from the request: business dates
 * from..to, status, project, line, a search text q, page and size (default 0 and 50), the order (sort=amount,
 * sort=-date; default newest first) and the format (json, csv, xlsx). Each journal says which statuses and sort
 * columns it knows.
 */
public record JournalParameters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                String status, String project, UUID line, String q, Integer page, Integer size,
                                String format,
                                @Parameter(description = "排序列（该台账 JSON 的字段名，如 date、voucher、amount），前加 - 为降序；"
                                        + "缺省最新在前。导出按同一顺序") String sort) {

    /** The filter as checked; status is left to the journal, whose statuses differ. */
    JournalRequest request() {
        return JournalRequest.of(from, to, status, project, line, q, page == null ? 0 : page, size == null ? 50 : size)
                .sortedBy(sort);
    }

    String formatOrJson() {
        return format == null || format.isBlank() ? "json" : format;
    }
}
