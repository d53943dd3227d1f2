package cn.budgetledger.query.web;

import cn.budgetledger.query.journal.Journal;
import cn.budgetledger.query.journal.JournalColumn;
import cn.budgetledger.query.journal.JournalExport;
import cn.budgetledger.query.journal.JournalFormat;
import cn.budgetledger.query.journal.JournalRequest;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.function.Function;

/** A journal answered as asked: a page of JSON, or the whole filtered list as a CSV or XLSX download. */
final class JournalAnswer {

    private JournalAnswer() {
    }

    /**
     * @param title   the file's name and the sheet's title, e.g. "支付台账-503019-2025"
     * @param rows    what an export writes of each journal entry (an adjustment document is a row per entry)
     */
    static <T, R> ResponseEntity<?> of(String format, String title, JournalRequest request,
                                       Function<JournalRequest, Journal<T>> journal, Function<T, List<R>> rows,
                                       List<JournalColumn<R>> columns) {
        JournalFormat asked = JournalFormat.of(format);
        if (asked == JournalFormat.JSON) {
            return ResponseEntity.ok(journal.apply(request));
        }
        List<R> all = journal.apply(request.whole()).items().stream().flatMap(entry -> rows.apply(entry).stream())
                .toList();
        return download(asked, title, columns, all);
    }

    /** The rows as a CSV or XLSX file named after the title. */
    static <R> ResponseEntity<byte[]> download(JournalFormat asked, String title, List<JournalColumn<R>> columns,
                                               List<R> all) {
        byte[] file = asked == JournalFormat.CSV ? JournalExport.csv(columns, all)
                : JournalExport.xlsx(title, columns, all);
        return Attachment.of(asked == JournalFormat.CSV ? Attachment.CSV : Attachment.XLSX,
                title + "." + asked.name().toLowerCase(), file);
    }
}
