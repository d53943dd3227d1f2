package cn.budgetledger.app.reliability;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.LedgerFromEvents;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accountants paying at once from a line with a spending plan, in March and in June: neither month's cumulative
 * execution ever passes its cumulative plan, in the event store or in the read model.
 */
class PaymentsRacingOnAPlannedLineTest {

    static final int CLIENTS = 6;
    static final int REQUESTS_PER_CLIENT = 30;
    static final Line OFFICE = Line.of(OFFICE_LINE.functionalCode().value(), OFFICE_LINE.economicCode().value(),
            OFFICE_LINE.projectCode());

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void payments_racing_on_a_planned_line_never_take_it_past_its_plan() throws Exception {
        // given a line of 20,000.00 planned at 3,000.00 in March and 3,000.00 in June: far less than the demand
        Api accountant = app.accountant();
        Ledger.openWithTwoLines(accountant, "707101", "20000.00");
        LedgerDriver books = new LedgerDriver(accountant, "707101");
        expect(books.plan(OFFICE.plan(3, "3000.00", 6, "3000.00")), 201);
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

        // when the clients pay in March and in June, all at once
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            running.add(clients.submit(() -> {
                start.await();
                Random random = new Random(id);
                for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                    String voucher = "P" + id + "-" + request;
                    String date = random.nextBoolean() ? "2025-03-10" : "2025-06-10";
                    Money amount = Money.ofFen(10_000 + random.nextInt(40_000));
                    Api.Response answer = books.pay(OFFICE.payment(voucher, date, amount.toString()));
                    if (answer.status() == 201) {
                        accepted.put(voucher, amount.fen());
                    } else if (answer.status() == 422 && answer.text("code").equals("PLAN_EXCEEDED")) {
                        refused.incrementAndGet();
                    } else {
                        unexpected.add(voucher + " → " + answer.status() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : running) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();

        // then nothing unexpected happened, and the plan was under real pressure
        assertThat(unexpected).isEmpty();
        assertThat(refused.get()).as("payments refused past the plan").isPositive();

        // and the event store holds the accepted payments once each, within the plan month by month
        List<PaymentRecordedEvent> stored = LedgerFromEvents.recompute(app.bean(JdbcTemplate.class))
                .paymentsOf(new UnitYear("707101", 2025));
        assertThat(stored).extracting(PaymentRecordedEvent::voucher).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(accepted.keySet());
        long march = stored.stream().filter(payment -> payment.date().getMonthValue() == 3)
                .mapToLong(payment -> payment.amount().fen()).sum();
        long all = stored.stream().mapToLong(payment -> payment.amount().fen()).sum();
        assertThat(march).isLessThanOrEqualTo(300_000L);
        assertThat(all).isLessThanOrEqualTo(600_000L);

        // and the read model's plan against execution agrees
        app.awaitReadModels();
        JsonNode months = books.spendingPlans("2025-12-31").path("lines").get(0).path("months");
        assertThat(Money.parse(months.get(2).path("cumulativeExecuted").asText()).fen()).isEqualTo(march);
        assertThat(Money.parse(months.get(11).path("cumulativeExecuted").asText()).fen()).isEqualTo(all);
    }
}
