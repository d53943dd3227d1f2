package cn.budgetledger.app.deadletters;

/** What a retry did: whether every letter it took was handled, and what is left of the unit-year's queue. */
public record RetryResult(String processor, String unitYear, boolean succeeded, int remaining, String message) {
}
