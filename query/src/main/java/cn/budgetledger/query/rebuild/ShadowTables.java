package cn.budgetledger.query.rebuild;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Where a rebuild writes: an empty copy of each read-model table in the schema {@value #SCHEMA} (V10_3), the only
 * schema on the search path of the rebuild's transactions, so the projections' plain SQL writes the copies while
 * every read still answers from the tables in use (and a table a projection forgot to declare is not found, rather
 * than written in use). At the end the copies' rows replace those of the tables in use, in the
 * transaction that moves the processors' tokens: a reader sees the old rows until it commits, then the new ones,
 * never a table half filled. Rows are copied rather than the tables renamed, because the views Grafana reads
 * would go on reading the renamed old tables.
 */
final class ShadowTables {

    static final String SCHEMA = "read_model_rebuild";

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final String inUse;

    ShadowTables(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        this.inUse = jdbc.queryForObject("select current_schema()", String.class);
    }

    /**
     * Empty copies of the tables: unlogged (a rebuild that does not finish throws them away), and with only their
     * unique indexes, which the projections' upserts need; the others serve readers, and none reads the copies.
     */
    void create() {
        drop();
        for (String table : tables) {
            jdbc.execute("create unlogged table %s (like %s including all)".formatted(aside(table), inUse(table)));
            jdbc.queryForList("select indexrelid::regclass::text from pg_index where indrelid = ?::regclass and not indisunique",
                    String.class, aside(table)).forEach(index -> jdbc.execute("drop index " + index));
        }
    }

    /** Transactions in which the projections' plain table names mean the copies, and only them. */
    TransactionManager writingAside(TransactionManager transactions) {
        return () -> {
            Transaction transaction = transactions.startTransaction();
            try {
                jdbc.execute("set local search_path to " + quoted(SCHEMA));
            } catch (RuntimeException failed) {
                transaction.rollback();
                throw failed;
            }
            return transaction;
        };
    }

    /** In the caller's transaction: each table in use gets the rows of its copy instead of its own. */
    void swapIn() {
        for (String table : tables) {
            // delete, not truncate: readers keep reading the old rows meanwhile instead of waiting for a lock
            jdbc.execute("delete from " + inUse(table));
            jdbc.execute("insert into %s select * from %s".formatted(inUse(table), aside(table)));
        }
    }

    void drop() {
        for (String table : tables) {
            jdbc.execute("drop table if exists " + aside(table));
        }
    }

    private String inUse(String table) {
        return quoted(inUse) + "." + quoted(table);
    }

    private static String aside(String table) {
        return quoted(SCHEMA) + "." + quoted(table);
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
