package cn.budgetledger.command.imports;

import java.util.List;

/**
 * The 200 answer to an import: rows = recorded + unchanged + awaitingReview + refused. awaitingReview counts the
 * payments and reversals entered in a year that requires review.
 */
public record ImportResult(int rows, int recorded, int unchanged, int awaitingReview, List<Refusal> refused) {
}
