package cn.budgetledger.query.disclosure;

/** A row of 项目支出表: one project of 其他运转类 or 特定目标类, in 万元. */
public record ProjectRow(String code, String name, String category, String total) {
}
