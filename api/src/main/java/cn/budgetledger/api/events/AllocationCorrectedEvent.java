package cn.budgetledger.api.events;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.UnitYear;

import java.time.LocalDate;

/**
 * A correction document (更正) recorded: the 年初预算 that the approval document gave the line was the first amount
 * and is the corrected one from the correction's date. It names the line's project, so readers need no lookup.
 */
public record AllocationCorrectedEvent(UnitYear budget, String documentNumber, LocalDate date,
                                       String approvalDocument, LineKey line, Project project,
                                       Money allocatedAmount, Money correctedAmount, String reason) {

    /** What the correction adds to the line's 年初预算 (and so to its 调整后预算): negative when it lowers it. */
    public Money change() {
        return correctedAmount.minus(allocatedAmount);
    }
}
