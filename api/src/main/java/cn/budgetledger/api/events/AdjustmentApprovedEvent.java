package cn.budgetledger.api.events;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * One adjustment document; every entry names its line's project, so readers need no lookup.
 *
 * Revision 2: its lines name their origin (older events are upcast).
 */
@Revision("2")
public record AdjustmentApprovedEvent(UnitYear budget, String documentNumber, AdjustmentType type, LocalDate date,
                                      String reason, List<AdjustmentEntry> entries) {
}
