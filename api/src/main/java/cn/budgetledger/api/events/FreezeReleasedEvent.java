package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/** Part or all of a freeze given back to its line (解冻), on the release's own date. */
public record FreezeReleasedEvent(UnitYear budget, String documentNumber, LocalDate date, LineKey line, Money amount) {
}
