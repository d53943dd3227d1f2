package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.LedgerApp;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Read models are eventually consistent: waits until every streaming processor has handled every event. */
final class ReadModels {

    private ReadModels() {
    }

    static void awaitCaughtUp(LedgerApp app) {
        EventStore eventStore = app.bean(EventStore.class);
        EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            TrackingToken head = eventStore.createHeadToken();
            long last = head == null ? -1 : head.position().orElse(-1);
            for (EventProcessor processor : processing.eventProcessors().values()) {
                if (processor instanceof StreamingEventProcessor streaming && !caughtUp(streaming, last)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long last) {
        var status = processor.processingStatus();
        if (status.isEmpty()) {
            return last < 0;
        }
        return status.values().stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= last);
    }
}
