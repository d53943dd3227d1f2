package cn.budgetledger.query.disclosure;

import java.util.List;
import java.util.Map;

/**
 * A table printed as income beside expenditure (收支总表, 财政拨款收支总表): each side's rows, with code (a fund source, a
 * functional 类, or empty for a total), name, the 万元 cells and previous/change.
 */
public record Sides(List<Map<String, Object>> income, List<Map<String, Object>> expenditure) {
}
