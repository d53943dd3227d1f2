package cn.budgetledger.query.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 决算 comparison: the public tables on a budget basis (budget: original or adjusted) beside execution, as of a
 * date. unit and unitName for a unit, department for a 主管部门 (the other null). tables: by the JSON names of the
 * complete set (the two 收支 tables as incomeAndExpenditure.income / .expenditure and fiscalAppropriation.income /
 * .expenditure) and threePublic, threePublicGovernmentFunds; each row: its texts (code, name, …), budget, executed,
 * difference (executed − budget) in 万元 and executionRate (percent, two decimals half-up, null where budget is 0),
 * each from the row's exact figure (its 合计 column).
 */
public record DisclosureComparison(String unit, String department, int year, String unitName, String budget,
                                   LocalDate asOf, List<String> fundSources,
                                   Map<String, List<Map<String, Object>>> tables) {
}
