package cn.budgetledger.bench;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.rebuild.ReadModelRebuild;
import cn.budgetledger.query.rebuild.Rebuilt;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuild every read model from the whole store, events per second: the product's rebuild (one pass over the
 * store), then, for comparison, the same through Axon's own reset of each processor. Both must give the same rows.
 */
class ReplayBenchmark {

    static final int EVENTS = Integer.getInteger("events", 1_000_000);
    static final int YEARS = 100;
    static final List<String> READ_MODEL = List.of("budget_year", "budget_line", "line_day_movement",
            "line_month_movement", "line_history", "payment", "payment_refusal", "adjustment_document",
            "adjustment_entry", "learned_subject_name", "performance_target", "indicator_actual", "refusal_attempt");

    @Test
    void rebuild_every_read_model_from_the_store() throws Exception {
        try (BenchLedger ledger = BenchLedger.start()) {
            List<StreamingEventProcessor> processors = ledger.processors();
            processors.forEach(StreamingEventProcessor::shutDown);
            List<UnitYear> years = IntStream.range(0, YEARS).mapToObj(i -> new UnitYear(String.valueOf(820000 + i), 2025)).toList();
            long seedStart = System.nanoTime();
            long events = Seed.unitYears(ledger, years, EVENTS / YEARS - 2);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            BenchLedger.report("\n### Replay\n");
            BenchLedger.report("- seeded %d events in %.1f s (%.0f events/s, published through Axon's event store)"
                    .formatted(events, seedSeconds, events / seedSeconds));

            Rebuilt rebuilt = ledger.bean(ReadModelRebuild.class).rebuild();
            processors.forEach(StreamingEventProcessor::start); // those a rebuild leaves alone, too
            ledger.awaitProcessorsCaughtUp(Duration.ofMinutes(5));
            Map<String, Object> rebuiltRows = fingerprint(ledger);
            BenchLedger.report("- `POST /api/admin/read-models/rebuild` (%s): %d events in %.1f s: **%d events/s**"
                    .formatted(rebuilt.readModels(), rebuilt.events(), rebuilt.tookMillis() / 1e3, rebuilt.eventsPerSecond()));

            processors.forEach(StreamingEventProcessor::shutDown);
            processors.stream().filter(StreamingEventProcessor::supportsReset).forEach(StreamingEventProcessor::resetTokens);
            long start = System.nanoTime();
            processors.forEach(StreamingEventProcessor::start);
            ledger.awaitProcessorsCaughtUp(Duration.ofHours(1));
            double seconds = (System.nanoTime() - start) / 1e9;
            BenchLedger.report("- the same through Axon's reset of each processor: %d events in %.1f s: %.0f events/s"
                    .formatted(events, seconds, events / seconds));
            assertThat(fingerprint(ledger)).as("the rows of both rebuilds").isEqualTo(rebuiltRows);
        }
    }

    /** Each read-model table's row count and a checksum over its rows' text. */
    private static Map<String, Object> fingerprint(BenchLedger ledger) {
        Map<String, Object> tables = new LinkedHashMap<>();
        for (String table : READ_MODEL) {
            tables.put(table, ledger.jdbc().queryForMap(
                    "select count(*) as n, sum(hashtext(t::text)::bigint) as h from " + table + " t"));
        }
        return tables;
    }
}
