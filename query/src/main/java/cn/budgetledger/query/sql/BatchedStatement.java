package cn.budgetledger.query.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One statement of a {@link BatchedSql}, declared by what it does to a table and the names of its columns; its SQL
 * is written from them. A projection fills a {@link #row()} by column name and adds it to its batch.
 * <p>
 * The rows of a statement that adds amounts ({@link #addTo}, {@link #summedPerKey}) are summed per key within a
 * batch before they are sent: the same result as one row after the other, in fewer rows.
 */
public final class BatchedStatement {

    /** The columns that say which row a row is. */
    public record Key(List<String> columns) {

        public Key {
            columns = List.copyOf(columns);
        }

        public static Key of(String... columns) {
            return new Key(List.of(columns));
        }
    }

    private final String sql;
    private final boolean copied;
    /** In the order of the statement's parameters (or of the COPY's columns). */
    private final List<String> columns;
    /** Where the key and the amounts of rows summed in a batch are; no amounts: every row is its own. */
    private final int[] keyPositions;
    private final int[] summedPositions;
    /** Resolved once: a row is filled by name for every event a projection handles. */
    private final Map<String, Integer> positions = new HashMap<>();
    private final boolean[] amounts;

    private BatchedStatement(String sql, boolean copied, List<String> columns, Key summedBy, List<String> amounts) {
        if (Set.copyOf(columns).size() != columns.size()) {
            throw new IllegalArgumentException("A column named twice: " + columns);
        }
        this.sql = sql;
        this.copied = copied;
        this.columns = List.copyOf(columns);
        for (int position = 0; position < this.columns.size(); position++) {
            positions.put(this.columns.get(position), position);
        }
        this.keyPositions = summedBy.columns().stream().mapToInt(this::position).toArray();
        this.summedPositions = amounts.stream().mapToInt(this::position).toArray();
        this.amounts = new boolean[this.columns.size()];
        for (int position : summedPositions) {
            this.amounts[position] = true;
        }
    }

    /** Inserts each row. */
    public static BatchedStatement insert(String table, String... columns) {
        List<String> all = List.of(columns);
        return new BatchedStatement("insert into %s (%s) values (%s)".formatted(table, listed(all), parameters(all)),
                false, all, Key.of(), List.of());
    }

    /** Inserts a row unless one with its key is there already (the first row of a key stays as it was). */
    public static BatchedStatement insertUnlessPresent(String table, Key key, String... columns) {
        List<String> all = concat(key.columns(), List.of(columns));
        return new BatchedStatement("insert into %s (%s) values (%s) on conflict (%s) do nothing"
                .formatted(table, listed(all), parameters(all), listed(key.columns())), false, all, Key.of(), List.of());
    }

    /** Adds a row's amounts to those of the row with its key, inserting it if there is none. */
    public static BatchedStatement addTo(String table, Key key, String... amounts) {
        List<String> all = concat(key.columns(), List.of(amounts));
        String added = Stream.of(amounts).map(amount -> "%1$s = %2$s.%1$s + excluded.%1$s".formatted(amount, table))
                .collect(Collectors.joining(", "));
        return new BatchedStatement("insert into %s (%s) values (%s) on conflict (%s) do update set %s"
                .formatted(table, listed(all), parameters(all), listed(key.columns()), added),
                false, all, key, List.of(amounts));
    }

    /** Sets the columns of the row with the key. */
    public static BatchedStatement update(String table, Key key, String... columns) {
        List<String> all = concat(List.of(columns), key.columns());
        String set = Stream.of(columns).map(column -> column + " = ?").collect(Collectors.joining(", "));
        String where = key.columns().stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
        return new BatchedStatement("update %s set %s where %s".formatted(table, set, where), false, all, Key.of(),
                List.of());
    }

    /**
     * Appends each row with PostgreSQL's COPY, faster than inserts: for rows only ever appended, each written by one
     * event (a rebuild writes millions).
     */
    public static BatchedStatement copy(String table, String... columns) {
        List<String> all = List.of(columns);
        return new BatchedStatement("copy %s (%s) from stdin".formatted(table, listed(all)), true, all, Key.of(),
                List.of());
    }

    /** This statement, its rows of one key in a batch summed into one: the amounts added, the other columns the first's. */
    public BatchedStatement summedPerKey(Key key, String... amounts) {
        return new BatchedStatement(sql, copied, columns, key, List.of(amounts));
    }

    /** A row to fill by column name; its amounts start at zero. */
    public Row row() {
        return new Row(this);
    }

    /** A row of a statement, filled by column name. */
    public static final class Row {

        private final BatchedStatement statement;
        private final Object[] values;
        private final boolean[] filled;

        private Row(BatchedStatement statement) {
            this.statement = statement;
            this.values = new Object[statement.columns.size()];
            this.filled = new boolean[values.length];
            for (int position : statement.summedPositions) {
                values[position] = 0L;
                filled[position] = true;
            }
        }

        public Row set(String column, Object value) {
            int position = statement.position(column);
            if (statement.amounts[position] && !(value instanceof Long)) {
                throw new IllegalArgumentException("An amount is a long (fen): " + column + " = " + value);
            }
            values[position] = value;
            filled[position] = true;
            return this;
        }

        BatchedStatement statement() {
            return statement;
        }

        /** The values in the statement's order, every column given (a forgotten one is a mistake, not a null). */
        Object[] values() {
            for (int position = 0; position < filled.length; position++) {
                if (!filled[position]) {
                    throw new IllegalArgumentException("No value for " + statement.columns.get(position) + " in "
                            + statement.sql);
                }
            }
            return values;
        }
    }

    String sql() {
        return sql;
    }

    boolean copied() {
        return copied;
    }

    boolean summed() {
        return summedPositions.length > 0;
    }

    /** What rows summed in a batch have in common. */
    Object keyOf(Object[] values) {
        Object[] key = new Object[keyPositions.length];
        for (int i = 0; i < keyPositions.length; i++) {
            key[i] = values[keyPositions[i]];
        }
        return Arrays.asList(key);
    }

    /** The earlier row of a key, with the later one's amounts added. */
    Object[] addAmounts(Object[] earlier, Object[] later) {
        for (int position : summedPositions) {
            earlier[position] = (Long) earlier[position] + (Long) later[position];
        }
        return earlier;
    }

    private int position(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("No column " + column + " in " + sql);
        }
        return position;
    }

    @Override
    public String toString() {
        return sql;
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String listed(List<String> columns) {
        return String.join(", ", columns);
    }

    private static String parameters(List<String> columns) {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }
}
