package cn.budgetledger.bench;

import cn.budgetledger.api.UnitYear;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/** p50/p95 of the read endpoints, for one unit and for all units, with the store full. */
class QueryBenchmark {

    static final int EVENTS = Integer.getInteger("events", 1_000_000);
    static final int YEARS = 100;
    static final int REQUESTS = 200;

    @Test
    void read_latency_with_the_store_full() throws Exception {
        try (BenchLedger ledger = BenchLedger.start()) {
            List<UnitYear> years = IntStream.range(0, YEARS).mapToObj(i -> new UnitYear(String.valueOf(830000 + i), 2025)).toList();
            long events = Seed.unitYears(ledger, years, EVENTS / YEARS - 2);
            ledger.awaitProcessorsCaughtUp(Duration.ofHours(1));

            BenchLedger.report("\n### Queries, %d events in %d unit-years, %d requests each (ms)\n".formatted(events, YEARS, REQUESTS));
            BenchLedger.report("| endpoint | p50 | p95 |");
            BenchLedger.report("|---|---|---|");
            measure(ledger, "one unit: GET /api/units/{u}/years/2025?asOf=", i -> "/api/units/" + years.get(i % YEARS).unit() + "/years/2025?asOf=2025-06-30");
            measure(ledger, "one unit: GET …/indicators?asOf=", i -> "/api/units/" + years.get(i % YEARS).unit() + "/years/2025/indicators?asOf=2025-06-30");
            measure(ledger, "one unit: GET …/disclosure?basis=executed", i -> "/api/units/" + years.get(i % YEARS).unit() + "/years/2025/disclosure?basis=executed");
            measure(ledger, "all units: GET /api/years/2025/indicators?asOf=", i -> "/api/years/2025/indicators?asOf=2025-06-30");
        }
    }

    private static void measure(BenchLedger ledger, String name, java.util.function.IntFunction<String> path) throws Exception {
        int status = ledger.get(path.apply(0)).statusCode();
        if (status != 200) {
            BenchLedger.report("| %s | (answers %d: not in this build) | |".formatted(name, status));
            return;
        }
        Load.latencies(50, (c, i) -> ledger.get(path.apply((int) i)));
        double[] p = Load.latencies(REQUESTS, (c, i) -> {
            if (ledger.get(path.apply((int) i)).statusCode() != 200) {
                throw new IllegalStateException(name + " failed");
            }
        });
        BenchLedger.report("| %s | %.1f | %.1f |".formatted(name, p[0], p[1]));
    }
}
