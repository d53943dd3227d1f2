package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/**
 * 审核通过: the entry's reservation is given back; the payment (checked against the line again) or the reversal it
 * becomes follows as its own event, dated the entry's date.
 *
 * @param date     the entry's date, on which its reservation is given back
 * @param line     the entry's line
 * @param released the reservation given back: a payment's amount, nothing for a reversal
 */
public record EntryApprovedEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money released,
                                 String reviewer) {
}
