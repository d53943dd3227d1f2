package cn.budgetledger.api.commands;

import java.util.List;

/**
 * The answer to {@link PreviewClosingCommand}: the balances closing would carry forward (项目支出) and let lapse
 * (基本支出), and, when something still stands open, the refusal closing would give now (code and message).
 */
public record ClosingPreview(List<Allocation> carriedForward, List<Allocation> lapsed, String blockedCode,
                             String blockedMessage) {
}
