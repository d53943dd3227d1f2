package cn.budgetledger.bench;

import cn.budgetledger.api.UnitYear;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/** Reset every processor and rebuild every read model from the whole store: events per second. */
class ReplayBenchmark {

    static final int EVENTS = Integer.getInteger("events", 1_000_000);
    static final int YEARS = 100;

    @Test
    void rebuild_every_read_model_from_the_store() throws Exception {
        try (BenchLedger ledger = BenchLedger.start()) {
            List<StreamingEventProcessor> processors = ledger.processors();
            processors.forEach(StreamingEventProcessor::shutDown);
            List<UnitYear> years = IntStream.range(0, YEARS).mapToObj(i -> new UnitYear(String.valueOf(820000 + i), 2025)).toList();
            long seedStart = System.nanoTime();
            long events = Seed.unitYears(ledger, years, EVENTS / YEARS - 2);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

            processors.stream().filter(StreamingEventProcessor::supportsReset).forEach(StreamingEventProcessor::resetTokens);
            long start = System.nanoTime();
            processors.forEach(StreamingEventProcessor::start);
            ledger.awaitProcessorsCaughtUp(Duration.ofHours(1));
            double seconds = (System.nanoTime() - start) / 1e9;

            BenchLedger.report("\n### Replay\n");
            BenchLedger.report("- seeded %d events in %.1f s (%.0f events/s, through Axon's storage engine)"
                    .formatted(events, seedSeconds, events / seedSeconds));
            BenchLedger.report("- processors %s".formatted(processors.stream().map(p -> p.getName()
                    + (p.supportsReset() ? "" : " (no reset: caught up from its token)")).toList()));
            BenchLedger.report("- rebuilt every read model from %d events in %.1f s: **%.0f events/s**"
                    .formatted(events, seconds, events / seconds));
        }
    }
}
