package cn.budgetledger.query.disclosure;

/**
 * A row of 项目支出表: one project of 其他运转类 or 特定目标类 of one unit (its 项目单位), in 万元; previous and
 * change compare its total with the same project of the same unit the previous year (null without a previous year).
 */
public record ProjectRow(String code, String name, String category, String total, String unit, String previous,
                         String change) {
}
