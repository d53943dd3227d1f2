package cn.budgetledger.app.reliability;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerFromEvents;
import cn.budgetledger.app.support.LedgerProcess;
import cn.budgetledger.query.support.SharedPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application (separate JVMs, own ports, own aggregate caches) on one PostgreSQL: the
 * budget holds whichever instance takes the payment, each sees the other's, and they share the projection.
 */
class TwoInstancesTest {

    static final int CLIENTS_PER_INSTANCE = 2;
    static final int PAYMENTS_PER_CLIENT = 40;

    @Test
    void payments_through_either_instance_never_overdraw_and_both_instances_share_the_work() throws Exception {
        try (SharedPostgres database = SharedPostgres.start();
             LedgerProcess east = LedgerProcess.start(database);
             LedgerProcess west = LedgerProcess.start(database)) {
            // given a line of 5,000.00 yuan, cached warm in both instances
            String year = Ledger.openWithTwoLines(east.accountant(), "709101", "5000.00");
            assertThat(west.accountant().post(year + "/payments", Ledger.payment("WARM", OFFICE_LINE, "1.00")).status())
                    .isEqualTo(201);
            Map<String, Long> accepted = new ConcurrentHashMap<>(Map.of("WARM", 100L));
            List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

            // when clients of both instances pay from it at once, asking for far more than it holds
            ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_PER_INSTANCE);
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < 2 * CLIENTS_PER_INSTANCE; client++) {
                Api accountant = (client % 2 == 0 ? east : west).accountant();
                int id = client;
                running.add(clients.submit(() -> {
                    Random random = new Random(id);
                    for (int request = 0; request < PAYMENTS_PER_CLIENT; request++) {
                        String voucher = "T" + id + "-" + request;
                        long fen = 5_000 + random.nextInt(30_000);
                        Api.Response answer = accountant.post(year + "/payments",
                                Ledger.payment(voucher, OFFICE_LINE, String.format("%d.%02d", fen / 100, fen % 100)));
                        if (answer.status() == 201) {
                            accepted.put(voucher, fen);
                        } else if (answer.status() != 422) {
                            unexpected.add(voucher + " → " + answer.status() + " " + answer.body());
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get(120, TimeUnit.SECONDS);
            }
            clients.shutdown();

            // then every answer was a payment or a refusal, never a lost race
            assertThat(unexpected).isEmpty();
            long paid = accepted.values().stream().mapToLong(Long::longValue).sum();
            assertThat(paid).as("paid in fen").isLessThanOrEqualTo(500_000L);
            assertThat(accepted.size()).as("the line was paid to the brink").isGreaterThan(10);

            // and the store holds exactly the accepted payments, and the line never went below zero
            JdbcTemplate jdbc = database.jdbc();
            LedgerFromEvents truth = LedgerFromEvents.recompute(jdbc);
            assertThat(truth.paymentsOf(new UnitYear("709101", 2025))).extracting(PaymentRecordedEvent::voucher)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accepted.keySet());
            truth.lowestAvailable().values().forEach(lowest -> assertThat(lowest).isNotNegative());
            assertThat(jdbc.queryForList("select voucher from voucher_register where unit = '709101' and payment is not null",
                    String.class)).as("the voucher register, written by both instances").containsExactlyInAnyOrderElementsOf(
                    truth.paymentsOf(new UnitYear("709101", 2025)).stream().map(PaymentRecordedEvent::voucher).toList());

            // and each instance answers with the payments the other took
            String executed = String.format("%d.%02d", paid / 100, paid % 100);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (LedgerProcess instance : List.of(east, west)) {
                    assertThat(officeLine(instance.accountant().get(year).body()).path("figures").path("executed").asText())
                            .isEqualTo(executed);
                }
            });

            // and the projection's segments are claimed by both instances
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(distinct owner) from tokenentry where processorname = 'budget-ledger' and owner is not null",
                    Integer.class)).isEqualTo(2));
        }
    }

    private static JsonNode officeLine(JsonNode budget) {
        for (JsonNode line : budget.path("lines")) {
            if (line.path("projectCode").asText().equals(Ledger.OFFICE)) {
                return line;
            }
        }
        throw new AssertionError("no office line in " + budget);
    }
}
