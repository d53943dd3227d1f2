package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/**
 * 退回: the reviewer sends the entry back with a reason; its reservation is released and its voucher free again.
 *
 * @param date     the entry's date, on which its reservation is released
 * @param line     the entry's line
 * @param released the reservation released: a payment's amount, nothing for a reversal
 */
public record EntryReturnedEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money released,
                                 String reason, String reviewer) {
}
