package cn.budgetledger.query.journal;

import java.util.List;

/** One page of a journal, and how many items the whole filtered list holds. */
public record Page<T>(long total, List<T> items) {
}
