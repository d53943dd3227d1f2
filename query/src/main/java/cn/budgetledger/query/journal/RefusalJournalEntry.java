package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One refused payment (拒付): what was asked, what the line had available then, why, and whether the voucher was
 * paid later (a refused voucher is not used up).
 */
public record RefusalJournalEntry(String voucher, LocalDate date, @JsonUnwrapped JournalLine line, Money amount, Money available,
                                  String reason, boolean paidLater, String recordedBy, Instant recordedAt) {
}
