package cn.budgetledger.api.queries;

import cn.budgetledger.api.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact in a line's audit trail: what happened (kind), under which document, its business date, and
 * who recorded it when. The amount is signed as it moved the line's available balance.
 */
public record LineHistoryEntry(LocalDate businessDate, String kind, String document, Money amount, String detail,
                               String recordedBy, Instant recordedAt) {
}
