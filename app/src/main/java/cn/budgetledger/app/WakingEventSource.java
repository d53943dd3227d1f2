package cn.budgetledger.app;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the pooled processors' source, but able to tell them when new events arrive. Axon's
 * coordinator otherwise polls a JDBC store every 500 ms (its stream offers no availability callback), so every
 * write waited half a second before any read model saw it. One watcher thread tails the store: Axon's
 * embedded store wakes it on a local commit, and within its fetch delay (1 s) for another instance's events;
 * the watcher then wakes every coordinator at once. After a wake it rests a moment (wake-pause), so that under a
 * stream of writes the processors handle events in batches rather than one transaction per event. The rest doubles
 * after each wake that found more than one new event, up to wake-pause-under-load, and is short again after a write
 * alone: a lone write shows at once, and under load the read models take events in batches big enough that their
 * transactions, COPYs and token updates stop competing with the writes for the CPU (BENCHMARKS.md, session 8).
 */
final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, Lifecycle {

    private static final Logger log = LoggerFactory.getLogger(WakingEventSource.class);

    private final EventStore store;
    private final long shortestPause;
    private final long longestPause;
    private final Set<Runnable> coordinators = ConcurrentHashMap.newKeySet();
    private volatile Thread watcher;
    private volatile boolean stopped;

    WakingEventSource(EventStore store, Duration wakePause, Duration underLoad) {
        this.store = store;
        this.shortestPause = wakePause.toMillis();
        this.longestPause = Math.max(shortestPause, underLoad.toMillis());
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        watchOnce();
        return new WakingStream(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    private synchronized void watchOnce() {
        if (watcher == null && !stopped) {
            watcher = new Thread(this::watch, "WakingEventSource");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void watch() {
        while (!stopped) {
            try (BlockingStream<TrackedEventMessage<?>> tail = store.openStream(store.createHeadToken())) {
                long pause = shortestPause;
                while (!stopped) {
                    if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        int arrived = 0;
                        while (tail.hasNextAvailable()) {
                            tail.nextAvailable();
                            arrived++;
                        }
                        coordinators.forEach(Runnable::run);
                        pause = arrived > 1 ? Math.min(2 * Math.max(pause, 1), longestPause) : shortestPause;
                        Thread.sleep(pause);
                    }
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException failure) {
                // The database may be away for a moment; the coordinators still look on their own every 5 s.
                log.warn("Watching the event store for new events failed; retrying in 1 s", failure);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    @Override
    public void registerLifecycleHandlers(LifecycleRegistry lifecycle) {
        lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, this::stop);
    }

    private void stop() {
        stopped = true;
        Thread running = watcher;
        if (running != null) {
            running.interrupt();
        }
    }

    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private volatile Runnable coordinator;

        private WakingStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            coordinator = callback;
            coordinators.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = coordinator;
            if (registered != null) {
                coordinators.remove(registered);
            }
            events.close();
        }
    }
}
