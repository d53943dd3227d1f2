package cn.budgetledger.app.reliability;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.ApproveAdjustmentCommand;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.LedgerFromEvents;
import cn.budgetledger.command.web.OpenYearRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import java.util.stream.Collectors;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static cn.budgetledger.app.reliability.Ledger.SYSTEMS_LINE;
import static cn.budgetledger.query.ledger.BudgetLedgerProjection.RECORDED_BY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many accountants at once on the same lines, through the command gateway and over HTTP: the budget is never
 * overdrawn, every accepted payment is in the store and the read model exactly once, and the projection
 * misses no event even when PostgreSQL commits global indexes out of order.
 */
class ConcurrentWritersTest {

    static final int CLIENTS = 6;
    static final int REQUESTS_PER_CLIENT = 40;

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void signInAndReachTheDatabase() {
        accountant = app.accountant();
        jdbc = app.bean(JdbcTemplate.class);
    }

    @Test
    void clients_paying_and_reallocating_on_the_same_lines_never_overdraw_and_each_accepted_payment_counts_once()
            throws Exception {
        // given two lines of 20,000.00 yuan, and far more demand than that
        String year = Ledger.openWithTwoLines(accountant, "707001", "20000.00");
        UnitYear budget = new UnitYear("707001", 2025);
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = new ArrayList<>();

        // when half the clients send commands through the gateway and half over HTTP, all at once
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            boolean overHttp = client % 2 == 1;
            int id = client;
            running.add(clients.submit(() -> {
                start.await();
                Random random = new Random(id);
                for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                    LineKey line = random.nextBoolean() ? OFFICE_LINE : SYSTEMS_LINE;
                    LineKey other = line == OFFICE_LINE ? SYSTEMS_LINE : OFFICE_LINE;
                    String document = "C" + id + "-" + request;
                    if (request % 5 == 4) {
                        reallocate(overHttp, budget, year, document, line, other, unexpected);
                    } else {
                        Money amount = Money.ofFen(10_000 + random.nextInt(150_000));
                        pay(overHttp, budget, year, document, line, amount, accepted, refused, unexpected);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : running) {
            client.get(90, TimeUnit.SECONDS);
        }
        clients.shutdown();

        // then nothing unexpected happened, and the budget was under real pressure
        assertThat(unexpected).isEmpty();
        assertThat(refused.get()).as("payments refused for want of budget").isPositive();
        assertThat(accepted).isNotEmpty();

        // and the event store holds every accepted payment exactly once, and no line ever went below zero
        LedgerFromEvents truth = LedgerFromEvents.recompute(jdbc);
        List<PaymentRecordedEvent> stored = truth.paymentsOf(budget);
        assertThat(stored).extracting(PaymentRecordedEvent::voucher).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(accepted.keySet());
        assertThat(stored.stream().collect(Collectors.toMap(PaymentRecordedEvent::voucher, p -> p.amount().fen())))
                .isEqualTo(accepted);
        truth.lowestAvailable().forEach((line, lowest) -> assertThat(lowest).as("lowest balance of " + line).isNotNegative());

        // and the read model counts each of them once
        long acceptedSum = accepted.values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from payment where unit = '707001'", Long.class))
                    .isEqualTo(accepted.size());
            assertThat(jdbc.queryForObject("select sum(amount) from payment where unit = '707001'", Long.class))
                    .isEqualTo(acceptedSum);
            assertThat(LedgerFromEvents.readModel(jdbc)).isEqualTo(LedgerFromEvents.recompute(jdbc).lines());
            assertThat(LedgerFromEvents.readModelByMonth(jdbc)).isEqualTo(LedgerFromEvents.recompute(jdbc).lines());
        });
        assertThat(accountant.get(year).body().path("lines"))
                .allSatisfy(line -> assertThat(line.path("figures").path("available").asText()).doesNotStartWith("-"));
    }

    @Test
    void an_event_whose_transaction_commits_after_later_events_is_still_projected() throws Exception {
        // given three appends whose transactions stay open: they hold the lower global indexes
        EventStore eventStore = app.bean(EventStore.class);
        TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        List<String> slowUnits = List.of("708001", "708002", "708003");
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(slowUnits.size());
        List<Future<Long>> slowIndexes = new ArrayList<>();
        for (String unit : slowUnits) {
            CountDownLatch appended = new CountDownLatch(1);
            slowIndexes.add(writers.submit(() -> transaction.execute(status -> {
                eventStore.publish(new GenericDomainEventMessage<>("UnitYearBudget", unit + "-2025", 0,
                        new BudgetYearOpenedEvent(new UnitYear(unit, 2025), "晚提交单位" + unit, null),
                        MetaData.with(RECORDED_BY, "accountant")));
                Long index = jdbc.queryForObject(
                        "select globalindex from domainevententry where aggregateidentifier = ?", Long.class, unit + "-2025");
                appended.countDown();
                awaitQuietly(commit);
                return index;
            })));
            appended.await(30, TimeUnit.SECONDS);
        }

        // when later events commit first and the projection handles them
        List<String> quickUnits = List.of("708004", "708005", "708006");
        for (String unit : quickUnits) {
            assertThat(accountant.post(Ledger.year(unit), LedgerDriver.json(new OpenYearRequest("先提交单位" + unit, null))).status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> projectedYears(quickUnits) == quickUnits.size());
        assertThat(projectedYears(slowUnits)).isZero();

        // and only then the earlier transactions commit
        commit.countDown();
        List<Long> lateIndexes = new ArrayList<>();
        for (Future<Long> index : slowIndexes) {
            lateIndexes.add(index.get(30, TimeUnit.SECONDS));
        }
        writers.shutdown();

        // then the late events sat below the ones already projected, and the projection went back for them
        Long firstQuick = jdbc.queryForObject(
                "select min(globalindex) from domainevententry where aggregateidentifier in ('708004-2025','708005-2025','708006-2025')",
                Long.class);
        assertThat(lateIndexes).allSatisfy(index -> assertThat(index).isLessThan(firstQuick));
        await().atMost(Duration.ofSeconds(30)).until(() -> projectedYears(slowUnits) == slowUnits.size());
    }

    private static void pay(boolean overHttp, UnitYear budget, String year, String voucher, LineKey line, Money amount,
                            Map<String, Long> accepted, AtomicInteger refused, List<String> unexpected) {
        if (overHttp) {
            Api.Response answer = accountant.post(year + "/payments", Ledger.payment(voucher, line, amount.toString()));
            if (answer.status() == 201) {
                accepted.put(voucher, amount.fen());
            } else if (answer.status() == 422 && answer.text("code").equals("PAYMENT_REFUSED")) {
                refused.incrementAndGet();
            } else {
                unexpected.add(voucher + " → " + answer.status() + " " + answer.body());
            }
            return;
        }
        CommandGateway gateway = app.bean(CommandGateway.class);
        PaymentOutcome outcome = gateway.sendAndWait(new RecordPaymentCommand(budget, voucher, LocalDate.of(2025, 3, 10),
                line, amount, "某科技有限公司", "运维费"));
        switch (outcome.status()) {
            case RECORDED -> accepted.put(voucher, amount.fen());
            case REFUSED -> refused.incrementAndGet();
            case UNCHANGED -> unexpected.add(voucher + " was already recorded");
        }
    }

    private static void reallocate(boolean overHttp, UnitYear budget, String year, String document, LineKey from,
                                   LineKey to, List<String> unexpected) {
        if (overHttp) {
            Api.Response answer = accountant.post(year + "/adjustments", Ledger.reallocation(document, from, to, "3000.00"));
            if (answer.status() != 201 && !(answer.status() == 422 && answer.text("code").equals("INSUFFICIENT_BUDGET"))) {
                unexpected.add(document + " → " + answer.status() + " " + answer.body());
            }
            return;
        }
        Money amount = Money.parse("3000.00");
        try {
            app.bean(CommandGateway.class).sendAndWait(new ApproveAdjustmentCommand(budget, document,
                    AdjustmentType.REALLOCATION, LocalDate.of(2025, 4, 1), "调剂",
                    List.of(new AdjustmentEntry(from, amount.negate(), null), new AdjustmentEntry(to, amount, null))));
        } catch (LedgerException refusedForWantOfBudget) {
            if (!refusedForWantOfBudget.code().equals("INSUFFICIENT_BUDGET")) {
                unexpected.add(document + " → " + refusedForWantOfBudget.code());
            }
        }
    }

    private static int projectedYears(List<String> units) {
        return jdbc.queryForObject("select count(*) from budget_year where unit in (" + "?,".repeat(units.size() - 1) + "?)",
                Integer.class, units.toArray());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
