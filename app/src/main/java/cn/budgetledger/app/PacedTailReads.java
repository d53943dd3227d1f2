package cn.budgetledger.app;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The event store's storage, with its tail read at most once per pace. Axon's embedded store reads the tail for the
 * read models on a thread of its own, woken by every local commit and reading again at once whenever a read found
 * something: under a stream of writes it read the store after nearly every commit (a query and a transaction each,
 * 8 % of the JVM's time and a third of a statement per payment; BENCHMARKS.md, session 10). The tail read is the
 * only one allowed to block, so only it waits here; the read models rest longer than the pace under load anyway,
 * and after a quiet moment the first read goes at once.
 */
final class PacedTailReads implements EventStorageEngine {

    private final EventStorageEngine storage;
    private final long paceNanos;
    private volatile long lastTailRead = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    PacedTailReads(EventStorageEngine storage, Duration pace) {
        this.storage = storage;
        this.paceNanos = pace.toNanos();
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            awaitPace();
        }
        return storage.readEvents(trackingToken, mayBlock);
    }

    private void awaitPace() {
        long early = lastTailRead + paceNanos - System.nanoTime();
        if (early > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(early);
            } catch (InterruptedException interrupted) {
                // the store is closing its tail: read once more without waiting, as it asked
                Thread.currentThread().interrupt();
            }
        }
        lastTailRead = System.nanoTime();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        storage.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        storage.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return storage.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return storage.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return storage.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }
}
