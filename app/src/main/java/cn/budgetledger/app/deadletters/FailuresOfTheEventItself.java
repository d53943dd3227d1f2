package cn.budgetledger.app.deadletters;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/**
 * Which failures of a read model send the event to the dead-letter queue: only those of the event itself (data the
 * database refuses, such as U+0000 in a text column or a value out of range, or a handler that cannot make sense
 * of the event). Any other failure of the database (down, a lost connection, a deadlock, a lock or statement
 * timeout, no connection in the pool, a statement it does not know) is no fault of the event: the whole batch
 * fails and its processor retries it, as before. Axon skips an event its policy does not enqueue,
 * so such a failure is raised again when the batch commits, which rolls the batch back.
 * <p>
 * Retrying a dead letter never evicts it on failure: it stays, with the new cause and one more retry counted.
 */
final class FailuresOfTheEventItself implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(FailuresOfTheEventItself.class);
    static final String RETRIES = "retries";
    /** The queue's cause column holds this many characters. */
    private static final int CAUSE_LENGTH = 1000;

    private final String processingGroup;
    private final DeadLetterMetrics metrics;

    FailuresOfTheEventItself(String processingGroup, DeadLetterMetrics metrics) {
        this.processingGroup = processingGroup;
        this.metrics = metrics;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isRetry()) {
            log.warn("Retrying dead letter of {} in {} failed again: {}", sequenceOf(letter), processingGroup,
                    cause.toString());
            int retries = ((Number) letter.diagnostics().getOrDefault(RETRIES, 0)).intValue() + 1;
            return Decisions.requeue(storable(cause), failed -> MetaData.with(RETRIES, retries));
        }
        if (!isTheEvents(cause)) {
            log.warn("Read model {} could not handle event {} for a reason outside the event, retrying its batch: {}",
                    processingGroup, letter.message().getIdentifier(), cause.toString());
            failTheBatch(cause);
            return Decisions.doNotEnqueue();
        }
        log.error("Read model {} could not handle event {} ({}) of {}: it goes to the dead-letter queue, and the "
                        + "later events of {} wait behind it", processingGroup, letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(), sequenceOf(letter), sequenceOf(letter), cause);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(committed -> metrics.deadLettered(processingGroup));
        }
        return Decisions.enqueue(storable(cause), failed -> MetaData.with(RETRIES, 0));
    }

    /**
     * Whether the failure is the event's own: the database refusing its data (SQLSTATE class 22, data exception, or
     * 23, integrity constraint), or a handler failing on it without the database (an event it cannot read or make
     * sense of). Any other database failure — connection, deadlock, timeout, resources, an unknown statement, an
     * error raised by a function — is no fault of the event.
     */
    static boolean isTheEvents(Throwable failure) {
        boolean database = false;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = stateOf(sql);
                return state != null && (state.startsWith("22") || state.startsWith("23"));
            }
            if (cause instanceof DataIntegrityViolationException) {
                return true;
            }
            database |= cause instanceof DataAccessException || cause instanceof TransactionException;
        }
        return !database;
    }

    /** A batch's SQLSTATE is that of the statement that failed in it. */
    private static String stateOf(SQLException failure) {
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && !(next instanceof BatchUpdateException)) {
                return next.getSQLState();
            }
        }
        return failure.getSQLState();
    }

    /** A dead letter being retried is handled in a unit of work that carries it (Axon's DeadLetteredEventProcessingTask). */
    private static boolean isRetry() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }

    private static void failTheBatch(Throwable cause) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        if (batch.resources().putIfAbsent(FailuresOfTheEventItself.class.getName(), cause) == null) {
            batch.onPrepareCommit(committing -> {
                throw new ReadModelUnavailableException(cause);
            });
        }
    }

    /**
     * The cause as the queue can store it: the database's message may quote the refused value itself (a U+0000 would
     * be refused again), and the column is bounded.
     */
    static ThrowableCause storable(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).codePoints()
                .mapToObj(c -> Character.isISOControl(c) && c != '\n' ? String.format("\\u%04X", c) : Character.toString(c))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
        return new ThrowableCause(cause.getClass().getName(),
                message.length() > CAUSE_LENGTH ? message.substring(0, CAUSE_LENGTH) : message);
    }

    static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : "?";
    }

    /** A batch failed for a reason outside its events; its processor retries it. */
    static final class ReadModelUnavailableException extends RuntimeException {
        ReadModelUnavailableException(Throwable cause) {
            super("A read model's batch failed for a reason outside its events, retried: " + cause, cause);
        }
    }
}
