package cn.budgetledger.api.queries;

import cn.budgetledger.api.IndicatorName;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The performance targets of a unit-year as an actuals import checks them: the scopes that have one, and the weight
 * of each qualitative target (the band of a 完成等级's points depends on it). A scope is written as the project code
 * ('' for the unit as a whole), '|', and the indicator's key.
 */
public record TargetKinds(Set<String> scopes, Map<String, BigDecimal> qualitativeWeights) {

    public static String scope(String projectCode, IndicatorName indicator) {
        return (projectCode == null ? "" : projectCode) + "|" + indicator.key();
    }

    public boolean has(String projectCode, IndicatorName indicator) {
        return scopes.contains(scope(projectCode, indicator));
    }

    /** The weight of a qualitative target; empty for a quantitative one. */
    public Optional<BigDecimal> qualitativeWeight(String projectCode, IndicatorName indicator) {
        return Optional.ofNullable(qualitativeWeights.get(scope(projectCode, indicator)));
    }
}
