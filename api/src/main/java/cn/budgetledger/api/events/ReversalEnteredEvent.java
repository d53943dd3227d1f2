package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/**
 * A reversal entered in a unit-year that requires review: nothing comes back to the line until it is approved. It
 * names the original payment's line and amount, as the reversal it becomes will, so the journal needs no lookup.
 */
public record ReversalEnteredEvent(UnitYear budget, String voucher, String originalVoucher, LocalDate date,
                                   LineKey line, Money amount, String reason, String enteredBy) {
}
