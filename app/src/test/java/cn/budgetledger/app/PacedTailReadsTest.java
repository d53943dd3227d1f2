package cn.budgetledger.app;

import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's tail is read at most once per pace; every other read goes at once. */
class PacedTailReadsTest {

    private static final Duration PACE = Duration.ofSeconds(2);

    @Test
    void a_tail_read_right_after_another_waits_out_the_pace_and_no_other_read_waits() {
        PacedTailReads storage = new PacedTailReads(new InMemoryEventStorageEngine(), PACE);

        long first = millisToRead(() -> storage.readEvents(null, true));
        long nonBlocking = millisToRead(() -> storage.readEvents(null, false));
        long second = millisToRead(() -> storage.readEvents(null, true));

        assertThat(first).as("the first tail read").isLessThan(PACE.toMillis() / 2);
        assertThat(nonBlocking).as("a read that may not block").isLessThan(PACE.toMillis() / 2);
        assertThat(second).as("the next tail read").isGreaterThanOrEqualTo(PACE.toMillis() - 1_000);
    }

    private static long millisToRead(Runnable read) {
        long start = System.nanoTime();
        read.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
