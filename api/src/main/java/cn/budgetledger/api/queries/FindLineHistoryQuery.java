package cn.budgetledger.api.queries;

import cn.budgetledger.api.UnitYear;

import java.util.UUID;

public record FindLineHistoryQuery(UnitYear budget, UUID lineId) {
}
