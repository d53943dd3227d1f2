package cn.budgetledger.query.disclosure;

/**
 * A row of a department's 分单位 table: one of its units, its total, 基本支出 and 项目支出 in 万元; previous and change
 * compare its total with the unit's previous year in the department (null without a previous year).
 */
public record UnitRow(String unit, String unitName, String total, String basic, String project, String previous,
                      String change) {
}
