package cn.budgetledger.api.events;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/** A freeze document (冻结单) reserved an amount of its line; the line's project rides along for the readers. */
public record FreezePlacedEvent(UnitYear budget, String documentNumber, LocalDate date, LineKey line, Project project,
                                Money amount, FreezeKind kind, String reason) {
}
