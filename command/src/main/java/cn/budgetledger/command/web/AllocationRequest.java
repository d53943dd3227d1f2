package cn.budgetledger.command.web;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.command.domain.DocumentsHaveEntries;
import cn.budgetledger.command.domain.Rejection;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;
import java.util.List;

/**
 * An approval document (预算批复) with its lines and its 指标类型 (年初批复 when omitted); a line's omitted origin is
 * the type's.
 */
public record AllocationRequest(String approvalDocument, @JsonDeserialize(using = StrictDate.class) LocalDate date, List<Line> lines,
                                String allocationType) {

    public AllocationRequest(String approvalDocument, LocalDate date, List<Line> lines) {
        this(approvalDocument, date, lines, null);
    }

    public record Line(String functionalCode, String economicCode, String projectCode, String projectName,
                       String projectCategory, String fundSource, String amount, String origin) {

        public Line(String functionalCode, String economicCode, String projectCode, String projectName,
                    String projectCategory, String fundSource, String amount) {
            this(functionalCode, economicCode, projectCode, projectName, projectCategory, fundSource, amount, null);
        }

        Allocation toAllocation() {
            return new Allocation(new LineRequest(functionalCode, economicCode, projectCode, fundSource, origin).toLineKey(),
                    new Project(projectCode, projectName, ProjectCategory.of(projectCategory)), Money.parse(amount));
        }
    }

    AllocationType type() {
        return allocationType == null || allocationType.isBlank() ? null : AllocationType.of(allocationType);
    }

    List<Allocation> allocations() {
        Rejection.enforce(DocumentsHaveEntries.checkApproval(lines));
        return lines.stream().map(Line::toAllocation).toList();
    }
}
