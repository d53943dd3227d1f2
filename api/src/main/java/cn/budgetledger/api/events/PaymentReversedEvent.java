package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 冲销: the whole amount of the original payment comes back to its line.  *
 * Revision 2: its lines name their origin (older events are upcast).
 */
@Revision("2")
public record PaymentReversedEvent(UnitYear budget, String voucher, String originalVoucher, LocalDate date,
                                   LineKey line, Money amount, String reason) {
}
