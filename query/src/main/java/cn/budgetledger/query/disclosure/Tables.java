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
 */
public record Tables(List<String> fundSources, List<FunctionRow> expenditureByFunction,
                     List<EconomicRow> basicByEconomic, ThreePublicTable threePublic,
                     List<String> threePublicFundSources,
                     Map<String, String> incomeBySource, Map<String, String> carriedOverBySource,
                     List<ProjectRow> projects, LocalDate previousAsOf,
                     ThreePublicTable threePublicPrevious, ThreePublicTable threePublicChange,
                     Map<String, String> incomeBySourcePrevious, Map<String, String> incomeBySourceChange) {
}
