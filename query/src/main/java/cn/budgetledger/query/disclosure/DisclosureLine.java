package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.FunctionalCode;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.ProjectCategory;

/**
 * A budget line of a unit with its exact amount (fen) on the basis asked for: what every public table sums, for
 * a unit or for the units of a department.
 */
public record DisclosureLine(String unit, FunctionalCode functionalCode, EconomicCode economicCode, String projectCode,
                             String projectName, ProjectCategory category, FundSource fundSource, Origin origin,
                             Money amount) {

    boolean isCarriedOver() {
        return origin == Origin.CARRIED_OVER;
    }

    boolean isBasic() {
        return category.isBasicExpenditure();
    }
}
