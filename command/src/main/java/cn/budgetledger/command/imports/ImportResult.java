package cn.budgetledger.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The 200 answer to an import: rows = recorded + unchanged + awaitingReview + refused. awaitingReview counts the
 * payments and reversals entered in a year that requires review, and is left out where there are none.
 */
public record ImportResult(int rows, int recorded, int unchanged,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) int awaitingReview, List<Refusal> refused) {
}
