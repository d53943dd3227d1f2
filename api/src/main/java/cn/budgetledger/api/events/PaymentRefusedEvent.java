package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A payment that would have overdrawn its line: not paid, but remembered (it feeds 运转保障率).  *
 * Revision 2: its lines name their origin (older events are upcast).
 */
@Revision("2")
public record PaymentRefusedEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money requested,
                                  Money available) {
}
