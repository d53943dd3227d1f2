package cn.budgetledger.bench;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Command latency on a unit-year with 1k, 10k and 100k events, with snapshots (every 250 events) and without
 * (threshold out of reach); cold (first command on the year after a start: the cache is empty) and warm (cached).
 * After each start fifty commands on a year of their own (300 events, so it is snapshotted too) warm the JVM, so
 * "cold" measures loading the year, not the first command or the first snapshot the process ever reads.
 */
class AggregateLoadBenchmark {

    static final int[] SIZES = Arrays.stream(System.getProperty("sizes", "1000,10000,100000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final String WITH_SNAPSHOTS = "ledger.snapshot.threshold=250";
    static final String WITHOUT_SNAPSHOTS = "ledger.snapshot.threshold=1000000000";
    static final UnitYear WARM_UP = new UnitYear("849999", 2025);

    @Test
    void command_latency_by_history_length() throws Exception {
        try (BenchLedger ledger = BenchLedger.start(WITHOUT_SNAPSHOTS)) {
            for (int i = 0; i < SIZES.length; i++) {
                Seed.unitYears(ledger, List.of(snapshotted(i), plain(i)), SIZES[i] - 2);
            }
            Seed.unitYears(ledger, List.of(WARM_UP), 300);
            ledger.awaitProcessorsCaughtUp(Duration.ofHours(1));
            double[][] figures = new double[SIZES.length][5];

            restart(ledger, WITHOUT_SNAPSHOTS);
            for (int i = 0; i < SIZES.length; i++) {
                figures[i][0] = pay(ledger, plain(i), "cold");
                figures[i][1] = warm(ledger, plain(i));
            }
            restart(ledger, WITH_SNAPSHOTS);
            for (int i = 0; i < SIZES.length; i++) {
                figures[i][2] = pay(ledger, snapshotted(i), "cold-first");
            }
            restart(ledger, WITH_SNAPSHOTS);
            for (int i = 0; i < SIZES.length; i++) {
                figures[i][3] = pay(ledger, snapshotted(i), "cold-snapshot");
                figures[i][4] = warm(ledger, snapshotted(i));
            }

            BenchLedger.report("\n### Aggregate load: one payment's latency (ms)\n");
            BenchLedger.report("| events in the unit-year | no snapshots, cold | no snapshots, warm p50 | snapshots, cold, before the first snapshot | snapshots, cold | snapshots, warm p50 |");
            BenchLedger.report("|---|---|---|---|---|---|");
            for (int i = 0; i < SIZES.length; i++) {
                BenchLedger.report("| %d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(SIZES[i], figures[i][0],
                        figures[i][1], figures[i][2], figures[i][3], figures[i][4]));
            }
        }
    }

    private static void restart(BenchLedger ledger, String snapshots) throws Exception {
        ledger.restart(snapshots);
        warm(ledger, WARM_UP);
    }

    private static UnitYear snapshotted(int size) {
        return new UnitYear(String.valueOf(840000 + size), 2025);
    }

    private static UnitYear plain(int size) {
        return new UnitYear(String.valueOf(850000 + size), 2025);
    }

    private static double pay(BenchLedger ledger, UnitYear year, String voucher) {
        long start = System.nanoTime();
        PaymentOutcome outcome = ledger.bean(CommandGateway.class).sendAndWait(new RecordPaymentCommand(year,
                voucher + "-" + System.nanoTime(), year.firstDay(), Load.OFFICE, Money.ofFen(100), "某公司", "基准测试"));
        if (outcome.status() != PaymentOutcome.Status.RECORDED) {
            throw new IllegalStateException(outcome.toString());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double warm(BenchLedger ledger, UnitYear year) throws Exception {
        return Load.latencies(50, (c, i) -> pay(ledger, year, "warm"))[0];
    }
}
