package cn.budgetledger.app.deadletters;

import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures dead-letter an event: the database refusing its data, or a handler failing on it; nothing else. */
class FailuresOfTheEventItselfTest {

    @Test
    void data_the_database_refuses_is_the_events_own() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertThat(FailuresOfTheEventItself.isTheEvents(new DataIntegrityViolationException("copy", nul))).isTrue();
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "22021", new int[0]);
        batch.setNextException(nul);
        assertThat(FailuresOfTheEventItself.isTheEvents(new UncategorizedSQLException("insert", "insert …", batch))).isTrue();
        assertThat(FailuresOfTheEventItself.isTheEvents(new UncategorizedSQLException("insert", "insert …",
                new SQLException("null value in column", "23502")))).isTrue();
    }

    @Test
    void a_handler_that_cannot_read_or_make_sense_of_the_event_fails_on_its_own() {
        assertThat(FailuresOfTheEventItself.isTheEvents(new SerializationException("cannot read the payload"))).isTrue();
        assertThat(FailuresOfTheEventItself.isTheEvents(new IllegalArgumentException("no such line"))).isTrue();
    }

    @Test
    void a_failure_of_the_database_around_the_event_is_not() {
        assertThat(FailuresOfTheEventItself.isTheEvents(new PessimisticLockingFailureException("deadlock",
                new SQLException("deadlock detected", "40P01")))).isFalse();
        assertThat(FailuresOfTheEventItself.isTheEvents(new CannotGetJdbcConnectionException("no connection",
                new SQLException("Connection refused", "08001")))).isFalse();
        assertThat(FailuresOfTheEventItself.isTheEvents(new UncategorizedSQLException("io", "copy …",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isFalse();
        assertThat(FailuresOfTheEventItself.isTheEvents(new UncategorizedSQLException("trigger", "insert …",
                new SQLException("refused", "P0001")))).isFalse();
        assertThat(FailuresOfTheEventItself.isTheEvents(new CannotCreateTransactionException("pool exhausted"))).isFalse();
    }

    @Test
    void a_cause_is_stored_without_control_characters_and_bounded() {
        String stored = FailuresOfTheEventItself.storable(new IllegalStateException("payee 某\u0000公司 " + "x".repeat(2_000)))
                .message();
        assertThat(stored).contains("某\\u0000公司").doesNotContain("\u0000").hasSizeLessThanOrEqualTo(1000);
    }
}
