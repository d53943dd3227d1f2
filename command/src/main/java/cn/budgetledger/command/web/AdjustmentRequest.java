package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.command.domain.DocumentsHaveEntries;
import cn.budgetledger.command.domain.Rejection;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;
import java.util.List;

/** An adjustment document (科目调整): 调剂, 追加 or 追减 over one or more lines. */
public record AdjustmentRequest(String documentNumber, String type, @JsonDeserialize(using = StrictDate.class) LocalDate date, String reason,
                                List<Entry> entries) {

    /** A signed amount; projectName and projectCategory only when the entry opens a new line. */
    public record Entry(String functionalCode, String economicCode, String projectCode, String fundSource,
                        String amount, String projectName, String projectCategory, String origin) {

        public Entry(String functionalCode, String economicCode, String projectCode, String fundSource,
                     String amount, String projectName, String projectCategory) {
            this(functionalCode, economicCode, projectCode, fundSource, amount, projectName, projectCategory, null);
        }

        AdjustmentEntry toEntry() {
            Project project = projectName == null && projectCategory == null ? null
                    : new Project(projectCode, projectName, ProjectCategory.of(projectCategory));
            return new AdjustmentEntry(new LineRequest(functionalCode, economicCode, projectCode, fundSource, origin).toLineKey(),
                    Money.parse(amount), project);
        }
    }

    List<AdjustmentEntry> adjustmentEntries() {
        Rejection.enforce(DocumentsHaveEntries.checkAdjustment(entries));
        return entries.stream().map(Entry::toEntry).toList();
    }
}
