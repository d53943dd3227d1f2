package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;

import java.math.BigDecimal;

/** The actual value of a manual indicator; projectCode is null for the unit as a whole. */
public record IndicatorActualRecordedEvent(UnitYear budget, String projectCode, String indicator, BigDecimal actual,
                                           String deviationReason) {
}
