package cn.budgetledger.query.rebuild;

import java.util.List;

/**
 * The tables a replayable projection writes, by the plain names its SQL uses: its reset empties them, and a
 * rebuild builds copies of them aside and swaps the copies' rows in at the end ({@link ShadowTables}). A rebuild
 * refuses to run a projection that does not say which tables it writes.
 */
public interface ReadModelTables {

    List<String> readModelTables();

    /** The reset of a processor: every one of the tables emptied. */
    default String truncateStatement() {
        return "truncate " + String.join(", ", readModelTables());
    }
}
