package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;

/** Whether the unit-year's payments and reversals are entered for review (制单 → 审核 → 记账) from now on. */
public record ReviewRequirementSetEvent(UnitYear budget, boolean required) {
}
