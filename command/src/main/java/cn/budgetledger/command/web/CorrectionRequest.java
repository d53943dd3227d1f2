package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.CorrectAllocationCommand;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;

/**
 * 更正: the correction's own number, date and reason; the allocation it corrects (the approval document and the
 * line, its origin optional as in every request naming a line); and the 年初预算 the approval should have given the line.
 */
public record CorrectionRequest(String documentNumber, @JsonDeserialize(using = StrictDate.class) LocalDate date,
                                String approvalDocument, String functionalCode, String economicCode,
                                String projectCode, String fundSource, String origin, String correctedAmount,
                                String reason) {

    CorrectAllocationCommand toCommand(UnitYear budget) {
        return new CorrectAllocationCommand(budget, documentNumber, date, approvalDocument,
                new LineRequest(functionalCode, economicCode, projectCode, fundSource, origin).toLineKey(),
                Money.parse(correctedAmount), reason);
    }
}
