package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;

/** One adjustment document (科目调整单) of the journal, with each of its entries. */
public record AdjustmentJournalEntry(String documentNumber, String type, LocalDate date, String reason,
                                     List<Entry> entries) {

    /** An entry: its line and signed amount (+ into the line, − out of it). */
    public record Entry(@JsonUnwrapped JournalLine line, Money amount) {
    }
}
