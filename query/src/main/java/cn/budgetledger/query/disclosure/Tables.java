package cn.budgetledger.query.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public budget tables (部门预算公开表) on one basis, of a unit or of a department's units, every cell a string of
 * 万元 rounded half-up from its own exact sum. incomeBySource: "total", then each 资金来源 by name with its 本年
 * money, and "上年结转结余" with all carried money; carriedOverBySource splits that carried money by 资金来源.
 * threePublicFundSources: the 资金来源 the "三公" table counts (一般公共预算拨款 unless others were asked for).
 * Year on year: previousAsOf is the date the previous year's figures stand as of (asOf one year earlier), null where
 * the ledger holds no previous year. threePublic and incomeBySource are objects of cells, not rows, and keep their
 * shape: threePublicPrevious and threePublicChange give last year's table and the change of each cell,
 * incomeBySourcePrevious and incomeBySourceChange the same by incomeBySource's keys (all null without a previous year).
 *
 * The complete set as the seeds publish it (see {@link CompleteTables}; rows are objects of code, name, the 万元 cells,
 * previous and change, 合计 first): incomeAndExpenditure (收支总表), incomeTable (收入总表), expenditureTable (支出总表),
 * fiscalAppropriation (财政拨款收支总表), generalPublicBudget, generalPublicBudgetByUnit and generalPublicBudgetBasic
 * (一般公共预算财政拨款支出表, 分单位, 基本支出表), governmentFunds and stateCapital (政府性基金 and 国有资本经营预算支出表),
 * threePublicGovernmentFunds (政府性基金预算"三公"经费表, with its previous and change like threePublic) and
 * performanceTargets (绩效目标表).
 */
public record Tables(List<String> fundSources, List<FunctionRow> expenditureByFunction,
                     List<EconomicRow> basicByEconomic, ThreePublicTable threePublic,
                     List<String> threePublicFundSources,
                     Map<String, String> incomeBySource, Map<String, String> carriedOverBySource,
                     List<ProjectRow> projects, LocalDate previousAsOf,
                     ThreePublicTable threePublicPrevious, ThreePublicTable threePublicChange,
                     Map<String, String> incomeBySourcePrevious, Map<String, String> incomeBySourceChange,
                     Sides incomeAndExpenditure, List<Map<String, Object>> incomeTable,
                     List<Map<String, Object>> expenditureTable, Sides fiscalAppropriation,
                     List<Map<String, Object>> generalPublicBudget, List<Map<String, Object>> generalPublicBudgetByUnit,
                     List<Map<String, Object>> generalPublicBudgetBasic, List<Map<String, Object>> governmentFunds,
                     List<Map<String, Object>> stateCapital, ThreePublicTable threePublicGovernmentFunds,
                     ThreePublicTable threePublicGovernmentFundsPrevious,
                     ThreePublicTable threePublicGovernmentFundsChange,
                     List<Map<String, Object>> performanceTargets) {
}
