package cn.budgetledger.api.queries;

import cn.budgetledger.api.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact in a line's audit trail: what happened (kind), under which document, its business date, and
 * who recorded it when. The amount is the event's own (a refusal's is what was asked); change is how the event moved
 * the line's 可用余额 (zero for a refusal, a plan or a reversal awaiting review) and balance the 可用余额 after it, the
 * history read in business-date order. A refusal's amount is also its refused.
 */
public record LineHistoryEntry(LocalDate businessDate, String kind, String document, Money amount, String detail,
                               String recordedBy, Instant recordedAt, Money change, Money balance, Money refused) {
}
