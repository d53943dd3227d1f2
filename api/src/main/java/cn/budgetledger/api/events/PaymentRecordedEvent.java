package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

// Revision 2: its lines name their origin (older events are upcast).
@Revision("2")
public record PaymentRecordedEvent(UnitYear budget, String voucher, LocalDate date, LineKey line, Money amount,
                                   String payee, String summary) {
}
