package cn.budgetledger.query.journal;

import java.util.List;

/** A page of a journal, newest first, and how many entries the whole filtered journal holds. */
public record Journal<T>(long total, List<T> items) {
}
