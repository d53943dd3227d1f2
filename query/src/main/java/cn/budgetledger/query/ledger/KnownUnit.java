package cn.budgetledger.query.ledger;

import java.util.List;

/** A unit the ledger holds budget years for: its latest name and department, and its years. */
public record KnownUnit(String unit, String unitName, String parentCode, List<Integer> years) {
}
