package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.command.domain.DocumentsHaveEntries;
import cn.budgetledger.command.domain.Rejection;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;
import java.util.List;

/** An approval document (预算批复) with its lines. */
public record AllocationRequest(String approvalDocument, @JsonDeserialize(using = StrictDate.class) LocalDate date, List<Line> lines) {

    public record Line(String functionalCode, String economicCode, String projectCode, String projectName,
                       String projectCategory, String fundSource, String amount) {

        Allocation toAllocation() {
            return new Allocation(new LineRequest(functionalCode, economicCode, projectCode, fundSource).toLineKey(),
                    new Project(projectCode, projectName, ProjectCategory.of(projectCategory)), Money.parse(amount));
        }
    }

    List<Allocation> allocations() {
        Rejection.enforce(DocumentsHaveEntries.checkApproval(lines));
        return lines.stream().map(Line::toAllocation).toList();
    }
}
