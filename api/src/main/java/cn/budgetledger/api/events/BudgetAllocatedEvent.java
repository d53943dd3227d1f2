package cn.budgetledger.api.events;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;

import java.time.LocalDate;
import java.util.List;

/**
 * An approval document (预算批复) recorded: 年初预算 for each of its lines. Also how a closed year's
 * unspent balances arrive in the next year, as 上年结转结余 lines.
 */
public record BudgetAllocatedEvent(UnitYear budget, String approvalDocument, LocalDate date,
                                   List<Allocation> allocations) {
}
