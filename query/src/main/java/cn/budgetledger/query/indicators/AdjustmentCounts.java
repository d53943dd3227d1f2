package cn.budgetledger.query.indicators;

import java.util.Map;
import java.util.UUID;

/**
 * 科目调整次数 per scope: documents, not entries, so a scope's count is not the sum of its lines'
 * (one document touching two lines of a project counts once for the project).
 */
public record AdjustmentCounts(int unit, Map<String, Integer> byProject, Map<UUID, Integer> byLine) {

    public static final AdjustmentCounts NONE = new AdjustmentCounts(0, Map.of(), Map.of());

    public int project(String code) {
        return byProject.getOrDefault(code, 0);
    }

    public int line(UUID lineId) {
        return byLine.getOrDefault(lineId, 0);
    }
}
