package cn.budgetledger.api.queries;

import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/** Asks for a unit-year's figures counting only events dated on or before asOf. */
public record FindBudgetQuery(UnitYear budget, LocalDate asOf) {
}
