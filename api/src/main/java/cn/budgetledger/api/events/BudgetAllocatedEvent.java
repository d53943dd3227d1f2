package cn.budgetledger.api.events;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An approval document (指标文号) recorded with its 指标类型: 年初预算 for each of its lines. Also how a closed
 * year's unspent balances arrive in the next year, as lines of origin 上年结转 in a document of type 上年结转.
 * Revision 2: lines name their origin and the document its type (older events are upcast).
 */
@Revision("2")
public record BudgetAllocatedEvent(UnitYear budget, String approvalDocument, LocalDate date,
                                   List<Allocation> allocations, AllocationType allocationType) {

    /** A 年初批复 document. */
    public BudgetAllocatedEvent(UnitYear budget, String approvalDocument, LocalDate date, List<Allocation> allocations) {
        this(budget, approvalDocument, date, allocations, AllocationType.INITIAL_APPROVAL);
    }
}
