package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * 年终结转: the year takes no more entries; the balances listed go on to the next year, which reviews its entries
 * (制单 → 审核) when this one did (reviewRequired; null on events recorded before review existed: it did not).
 *
 * Revision 2: its lines name their origin (older events are upcast).
 */
@Revision("2")
public record BudgetYearClosedEvent(UnitYear budget, LocalDate date, String unitName, String parentCode,
                                    List<Allocation> carriedForward, Boolean reviewRequired) {

    /** A year that did not review its entries. */
    public BudgetYearClosedEvent(UnitYear budget, LocalDate date, String unitName, String parentCode,
                                 List<Allocation> carriedForward) {
        this(budget, date, unitName, parentCode, carriedForward, null);
    }

    public boolean nextYearReviews() {
        return Boolean.TRUE.equals(reviewRequired);
    }
}
