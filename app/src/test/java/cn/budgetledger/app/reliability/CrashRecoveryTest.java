package cn.budgetledger.app.reliability;

import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerFromEvents;
import cn.budgetledger.app.support.LedgerProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.reliability.Ledger.SYSTEMS_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 in the middle of a payment load, then start the product again exactly as before, on the same data
 * folder of its embedded PostgreSQL (which outlived its JVM): it starts, no acknowledged payment is lost, and the
 * read models equal a fresh recomputation from the event store (nothing counted twice).
 */
class CrashRecoveryTest {

    static final int CLIENTS = 3;
    static final int ACKNOWLEDGED_BEFORE_THE_KILL = 60;
    /** The demo data only slows the start; everything else is the product's default, durable, configuration. */
    static final String DEMO_DATA_OFF = "ledger.demo.data=false";

    @Test
    void a_ledger_killed_under_load_restarts_with_every_acknowledged_payment_and_read_models_that_match_the_events()
            throws Exception {
        Path dataDirectory = Files.createTempDirectory("ledger-crash-");
        try {
            // given the product running on its embedded PostgreSQL, and clients paying from a budget as fast as they can
            LedgerProcess first = LedgerProcess.startEmbedded(dataDirectory, DEMO_DATA_OFF);
            String year = Ledger.openWithTwoLines(first.accountant(), "709001", "100000000.00");
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<Thread> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                Api accountant = first.accountant();
                int id = client;
                Thread paying = new Thread(() -> {
                    for (int request = 0; ; request++) {
                        String voucher = "K" + id + "-" + request;
                        try {
                            if (accountant.post(year + "/payments", Ledger.payment(voucher,
                                    request % 2 == 0 ? OFFICE_LINE : SYSTEMS_LINE, "123.45")).status() == 201) {
                                acknowledged.add(voucher);
                            }
                        } catch (UncheckedIOException theLedgerIsGone) {
                            return;
                        }
                    }
                });
                paying.start();
                clients.add(paying);
            }

            // when it is killed mid-load, and started again on the same database
            await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_THE_KILL);
            first.kill();
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(60).toMillis());
            }
            ProcessHandle orphan = postmasterOf(dataDirectory).orElseThrow();
            assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();
            try (LedgerProcess second = LedgerProcess.startEmbedded(dataDirectory, DEMO_DATA_OFF)) {
                assertThat(orphan.isAlive()).as("the orphaned PostgreSQL was stopped").isFalse();
                JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                        "jdbc:postgresql://localhost:" + postmasterFile(dataDirectory).get(3) + "/postgres",
                        "postgres", "postgres"));

                // (on a durable database: the product's default)
                assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
                assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");

                // then every payment acknowledged before the kill is in the store, once
                List<String> stored = LedgerFromEvents.recompute(jdbc).payments().stream()
                        .map(PaymentRecordedEvent::voucher).toList();
                assertThat(stored).doesNotHaveDuplicates().containsAll(acknowledged);

                // and the voucher register holds exactly those vouchers: each row was committed with its event
                assertThat(jdbc.queryForList("select voucher from voucher_register where payment is not null", String.class))
                        .containsExactlyInAnyOrderElementsOf(stored);

                // and the read models catch up to exactly what the events say
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(LedgerFromEvents.readModel(jdbc)).isEqualTo(LedgerFromEvents.recompute(jdbc).lines());
                    assertThat(LedgerFromEvents.readModelByMonth(jdbc)).isEqualTo(LedgerFromEvents.recompute(jdbc).lines());
                    assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class)).isEqualTo(stored.size());
                });

                // and the restarted ledger carries on recording
                Api accountant = second.accountant();
                assertThat(accountant.post(year + "/payments", Ledger.payment("AFTER-1", OFFICE_LINE, "1.00")).status())
                        .isEqualTo(201);
            }
        } finally {
            // A failed run must not leave a server behind; after a clean stop there is none.
            Optional<ProcessHandle> leftRunning = postmasterOf(dataDirectory);
            if (leftRunning.isPresent()) {
                leftRunning.get().destroy();
                leftRunning.get().onExit().get(60, TimeUnit.SECONDS);
            }
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(postmasterFile(dataDirectory).get(0).strip()));
    }

    /** PostgreSQL's lock file: its process id first, its port fourth. */
    private static List<String> postmasterFile(Path dataDirectory) throws IOException {
        return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    }
}
