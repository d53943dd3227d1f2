package cn.budgetledger.api.commands;

import cn.budgetledger.api.UnitYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a unit's fiscal year so that its approved budget can be allocated.
 *
 * @param reviewRequired whether its payments are entered for review (制单 → 审核 → 记账); null leaves it as it is
 */
public record OpenBudgetYearCommand(@TargetAggregateIdentifier UnitYear budget, String unitName, String parentCode,
                                    Boolean reviewRequired) {

    public OpenBudgetYearCommand(UnitYear budget, String unitName, String parentCode) {
        this(budget, unitName, parentCode, null);
    }
}
