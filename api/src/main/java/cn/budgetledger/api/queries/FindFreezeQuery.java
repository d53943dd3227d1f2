package cn.budgetledger.api.queries;

import cn.budgetledger.api.UnitYear;

/** Asks for one freeze document by its number; answered with an optional {@link FreezeView}. */
public record FindFreezeQuery(UnitYear budget, String documentNumber) {
}
