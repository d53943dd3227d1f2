package cn.budgetledger.command.web;

/** @param required whether the unit-year's payments and reversals are reviewed before they count */
public record ReviewRequirementRequest(Boolean required) {
}
