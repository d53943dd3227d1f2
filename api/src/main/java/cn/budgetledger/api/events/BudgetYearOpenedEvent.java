package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;

public record BudgetYearOpenedEvent(UnitYear budget, String unitName, String parentCode) {
}
