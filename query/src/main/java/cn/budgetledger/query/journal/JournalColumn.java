package cn.budgetledger.query.journal;

import java.util.function.Function;

/**
 * One column of a journal's export: its heading and what it shows of an entry (text, a Money amount, a date or a
 * time; null for an empty cell).
 */
public record JournalColumn<T>(String heading, Function<T, Object> value) {

    public static <T> JournalColumn<T> of(String heading, Function<T, Object> value) {
        return new JournalColumn<>(heading, value);
    }
}
