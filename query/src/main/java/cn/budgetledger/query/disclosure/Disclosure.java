package cn.budgetledger.query.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public budget tables (部门预算公开表) of a unit-year on one basis, every cell a string of 万元
 * rounded half-up from its own exact sum. incomeBySource: "total", then each 资金来源 by name with its 本年
 * money, and "上年结转结余" with all carried money; carriedOverBySource splits that carried money by 资金来源.
 * threePublicFundSources: the 资金来源 the "三公" table counts (一般公共预算拨款 unless others were asked for).
 */
public record Disclosure(String unit, int year, String unitName, String basis, LocalDate asOf,
                         List<String> fundSources, List<FunctionRow> expenditureByFunction,
                         List<EconomicRow> basicByEconomic, ThreePublicTable threePublic,
                         List<String> threePublicFundSources,
                         Map<String, String> incomeBySource, Map<String, String> carriedOverBySource,
                         List<ProjectRow> projects) {
}
