package cn.budgetledger.command.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A budget approval (批复) names at least one line, an adjustment (调整单) at least one entry, and none is blank. */
public final class DocumentsHaveEntries {

    private DocumentsHaveEntries() {
    }

    public static Optional<Rejection> checkApproval(List<?> lines) {
        if (lines == null || lines.isEmpty()) {
            return Rejection.invalid("ALLOCATION_EMPTY", "预算批复至少要有一条指标");
        }
        return lines.stream().anyMatch(Objects::isNull)
                ? Rejection.invalid("ALLOCATION_LINE_MISSING", "预算批复的指标不能为空") : Rejection.allowed();
    }

    public static Optional<Rejection> checkAdjustment(List<?> entries) {
        if (entries == null || entries.isEmpty()) {
            return Rejection.invalid("ADJUSTMENT_EMPTY", "调整单至少要有一条调整明细");
        }
        return entries.stream().anyMatch(Objects::isNull)
                ? Rejection.invalid("ADJUSTMENT_ENTRY_MISSING", "调整明细不能为空") : Rejection.allowed();
    }
}
