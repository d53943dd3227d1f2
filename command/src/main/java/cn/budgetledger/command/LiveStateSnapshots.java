package cn.budgetledger.command;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Executor;

/**
 * A unit-year is snapshotted every N events from the state its command just committed, not by a snapshotter reading
 * those N events back and replaying them: the replay cost a payment stream 7 % of the ledger's CPU, one event
 * read, deserialised and applied again for every event written.
 * <p>
 * The state is copied (serialised and read back) on the command's thread once its unit of work has committed, while
 * the year is still locked, so no later command can change it mid-copy and a rolled-back command is never
 * snapshotted; the copy is written on a thread of its own, as Axon's snapshotter wrote, in a transaction of its own.
 * A year loaded with N events or more since its last snapshot is snapshotted once the command that loaded it commits.
 */
public final class LiveStateSnapshots implements SnapshotTriggerDefinition {

    private static final Logger log = LoggerFactory.getLogger(LiveStateSnapshots.class);

    private final int threshold;
    private final Serializer serializer;
    private final EventStore eventStore;
    private final TransactionManager transactionManager;
    private final Executor writer;

    public LiveStateSnapshots(int threshold, Serializer serializer, EventStore eventStore,
                              TransactionManager transactionManager, Executor writer) {
        this.threshold = threshold;
        this.serializer = serializer;
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.writer = writer;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new EveryNEvents(this);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof EveryNEvents everyN) {
            everyN.snapshots = this;
            return everyN;
        }
        return prepareTrigger(aggregateType);
    }

    /** Copies the year's state once its unit of work has committed. */
    private void copyAfterCommit(EventSourcedAggregate<?> aggregate) {
        if (aggregate.isDeleted() || aggregate.version() == null) {
            return;
        }
        String identifier = aggregate.identifierAsString();
        long sequence = aggregate.version();
        try {
            SerializedObject<byte[]> state = serializer.serialize(aggregate.getAggregateRoot(), byte[].class);
            String type = aggregate.type();
            writer.execute(() -> write(type, identifier, sequence, state));
        } catch (RuntimeException failed) {
            log.warn("The snapshot of {} at event {} could not be taken", identifier, sequence, failed);
        }
    }

    private void write(String type, String identifier, long sequence, SerializedObject<byte[]> state) {
        try {
            Object copy = serializer.deserialize(state);
            transactionManager.executeInTransaction(() -> eventStore.storeSnapshot(
                    new GenericDomainEventMessage<>(type, identifier, sequence, copy)));
        } catch (RuntimeException failed) {
            // the year stays loadable from its older snapshot and events; the next N events try again
            log.warn("The snapshot of {} at event {} could not be written", identifier, sequence, failed);
        }
    }

    /** Counts the events a year applied since its last snapshot, loaded ones included. */
    private static final class EveryNEvents implements SnapshotTrigger, Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private transient LiveStateSnapshots snapshots;
        private transient boolean pending;
        private int counter;

        EveryNEvents(LiveStateSnapshots snapshots) {
            this.snapshots = snapshots;
        }

        @Override
        public void eventHandled(EventMessage<?> event) {
            if (!(event instanceof DomainEventMessage<?>) || ++counter < snapshots.threshold || pending
                    || !CurrentUnitOfWork.isStarted()) {
                return;
            }
            // a year's events are applied, and its stored events replayed, inside the year's own scope
            if (currentScope() instanceof EventSourcedAggregate<?> aggregate) {
                pending = true;
                UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
                unitOfWork.afterCommit(committed -> {
                    pending = false;
                    counter = 0;
                    snapshots.copyAfterCommit(aggregate);
                });
                unitOfWork.onRollback(rolledBack -> pending = false);
            }
        }

        @Override
        public void initializationFinished() {
            // loaded events count as any other: a long tail since the last snapshot is snapshotted after the command
        }

        private static Scope currentScope() {
            try {
                return Scope.getCurrentScope();
            } catch (IllegalStateException none) {
                return null;
            }
        }
    }
}
