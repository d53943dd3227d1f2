/**
 * How the read models write their tables: plain SQL in the event processor's transaction, next to its token.
 * <p>
 * <b>Batched writes</b> ({@link cn.budgetledger.query.sql.BatchedSql}). A projection that writes many rows per
 * event (the ledger: a million events in a rebuild) declares its statements once, by what they do to a table and
 * the names of the columns ({@link cn.budgetledger.query.sql.BatchedStatement}):
 * <pre>{@code
 * ADD_DAY_MOVEMENT = addTo("line_day_movement", Key.of("unit", "year", "line_id", "business_date"),
 *         "allocated", "adjusted", "paid", "reversed");
 * writes.add(ADD_DAY_MOVEMENT.row().set("unit", unit).set("year", year).set("line_id", line)
 *         .set("business_date", date).set("paid", amount.fen()));
 * }</pre>
 * The SQL is written from the declaration: {@code insert}, {@code insertUnlessPresent} ({@code on conflict do
 * nothing}), {@code addTo} (amounts added to the key's row), {@code update} (the key's row) and {@code copy}
 * (COPY, for rows only ever appended). The rows wait until the batch of events commits, then go as one JDBC
 * batch per statement, in the order the statements were given; the rows of one key of an adding statement are
 * summed first, so the batch holds each key once. Every column of a row must be set (a null is said, never
 * forgotten); amounts start at zero and are longs (fen).
 * <p>
 * <b>One event, all or none</b> ({@link cn.budgetledger.query.sql.EventSavepoint}). A failed statement
 * poisons a PostgreSQL transaction; a savepoint around each event's writes lets the dead-letter queue take the one
 * event that cannot be written while the others of its batch are. Projections that write one row per event with
 * {@code NamedParameterJdbcTemplate} wrap it in {@code EventSavepoint.around}; {@code BatchedSql} does so itself
 * when a batch is retried event by event.
 * <p>
 * <b>Announcements</b> ({@link cn.budgetledger.query.sql.Announcements}): the one other use of PostgreSQL's own
 * driver, {@code LISTEN} on a connection of its own (the user directory hears of every change to the users).
 * <p>
 * Reads use {@code NamedParameterJdbcTemplate} with named parameters; only the query module reads the read-model
 * tables, the application asks its repositories.
 */
package cn.budgetledger.query.sql;
