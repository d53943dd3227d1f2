package cn.budgetledger.query.disclosure;

/**
 * A row of 项目支出表: one project of 其他运转类 or 特定目标类 of one unit (its 项目单位), in 万元; previous and
 * change compare its total with the same project of the same unit the previous year (null without a previous year).
 * The columns of seed 002 表10 follow: unitName (项目单位), 本年拨款 by the three 财政拨款 sources (generalPublicBudget,
 * governmentFundBudget, stateCapitalBudget), 财政拨款结转结余 by the same three (carriedGeneralPublicBudget, …),
 * specialAccountFunds (财政专户管理资金, either origin) and unitFunds (单位资金: the unit's own sources, either origin,
 * and carried money of unknown source).
 */
public record ProjectRow(String code, String name, String category, String total, String unit, String previous,
                         String change, String unitName, String generalPublicBudget, String governmentFundBudget,
                         String stateCapitalBudget, String carriedGeneralPublicBudget,
                         String carriedGovernmentFundBudget, String carriedStateCapitalBudget,
                         String specialAccountFunds, String unitFunds) {
}
