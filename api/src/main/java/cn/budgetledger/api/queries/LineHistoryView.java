package cn.budgetledger.api.queries;

import java.util.List;

public record LineHistoryView(LineView line, List<LineHistoryEntry> events) {
}
