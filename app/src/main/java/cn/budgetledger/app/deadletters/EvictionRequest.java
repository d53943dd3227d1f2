package cn.budgetledger.app.deadletters;

/** Why an administrator gives up on a dead letter; kept in the eviction log. */
public record EvictionRequest(String reason) {
}
