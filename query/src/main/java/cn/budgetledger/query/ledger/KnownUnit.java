package cn.budgetledger.query.ledger;

import java.util.List;

/**
 * A unit the ledger holds budget years for: its latest name, the parent code its latest year was opened with,
 * its department (主管部门: an administrator's setting, else that parent code; null where neither), its years and
 * which of them are closed (年终结转).
 */
public record KnownUnit(String unit, String unitName, String parentCode, String department, List<Integer> years,
                        List<Integer> closedYears) {
}
