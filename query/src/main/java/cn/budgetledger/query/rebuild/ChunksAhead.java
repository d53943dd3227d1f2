package cn.budgetledger.query.rebuild;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole event store in chunks, read and deserialized on a thread of its own while the previous chunk is
 * written: reading is a fifth of a rebuild's time, and the two cores can do both at once.
 */
final class ChunksAhead implements AutoCloseable {

    /** Marks the end of the store in the queue. */
    private static final List<TrackedEventMessage<?>> END = List.of();

    private final BlockingQueue<List<TrackedEventMessage<?>>> ready = new ArrayBlockingQueue<>(2);
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild-reader");
        thread.setDaemon(true);
        return thread;
    });
    private final Future<?> reading;

    ChunksAhead(EventStorageEngine store, int chunkSize) {
        reading = reader.submit(() -> {
            try (Stream<? extends TrackedEventMessage<?>> stream = store.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> all = stream.iterator();
                List<TrackedEventMessage<?>> chunk = new ArrayList<>(chunkSize);
                while (all.hasNext()) {
                    TrackedEventMessage<?> event = all.next();
                    event.getPayload();
                    event.getMetaData();
                    chunk.add(event);
                    if (chunk.size() == chunkSize) {
                        ready.put(chunk);
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                if (!chunk.isEmpty()) {
                    ready.put(chunk);
                }
                ready.put(END);
            }
            return null;
        });
    }

    /** The next chunk, or an empty list at the end of the store. */
    List<TrackedEventMessage<?>> next() {
        try {
            while (true) {
                List<TrackedEventMessage<?>> chunk = ready.poll(100, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
                if (reading.isDone()) {
                    reading.get(); // the reader's failure, if it failed
                    return ready.poll();
                }
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Reading the event store failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", interrupted);
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
