package cn.budgetledger.app.reliability;

import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.PlaceFreezeCommand;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.ReleaseFreezeCommand;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.LedgerFromEvents;
import cn.budgetledger.command.web.FreezeRequest;
import cn.budgetledger.command.web.ReleaseRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Freezes, releases and payments racing on one line, through the gateway and over HTTP: counting what the freezes
 * hold, the line's available balance never goes below zero, and the read model agrees with the event store.
 */
class FreezesRacingPaymentsTest {

    static final int CLIENTS = 6;
    static final int REQUESTS_PER_CLIENT = 30;
    static final String UNIT = "707201";
    static final UnitYear BUDGET = new UnitYear(UNIT, 2025);
    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void freezes_and_payments_on_one_line_never_take_it_below_zero() throws Exception {
        // given a line of 20,000.00 yuan and far more demand than that
        Api accountant = app.accountant();
        String year = Ledger.openWithTwoLines(accountant, UNIT, "20000.00");
        AtomicInteger paid = new AtomicInteger();
        AtomicInteger frozen = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

        // when half the clients go through the gateway and half over HTTP, freezing, paying and releasing at once
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            boolean overHttp = client % 2 == 1;
            int id = client;
            running.add(clients.submit(() -> {
                start.await();
                Random random = new Random(id);
                List<String> mine = new ArrayList<>();
                for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                    String number = "F" + id + "-" + request;
                    Money amount = Money.ofFen(50_000 + random.nextInt(300_000));
                    switch (request % 3) {
                        case 0 -> {
                            if (freeze(overHttp, year, number, amount, unexpected)) {
                                frozen.incrementAndGet();
                                mine.add(number);
                            } else {
                                refused.incrementAndGet();
                            }
                        }
                        case 1 -> {
                            if (pay(overHttp, year, number, amount, unexpected)) {
                                paid.incrementAndGet();
                            } else {
                                refused.incrementAndGet();
                            }
                        }
                        default -> {
                            if (!mine.isEmpty() && random.nextBoolean()) {
                                release(overHttp, year, mine.remove(0), random.nextBoolean() ? null
                                        : Money.ofFen(1 + random.nextInt(50_000)), unexpected);
                            }
                        }
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

        // then nothing unexpected happened, and the line was under real pressure from both sides
        assertThat(unexpected).isEmpty();
        assertThat(frozen.get()).isPositive();
        assertThat(paid.get()).isPositive();
        assertThat(refused.get()).as("freezes and payments refused for want of budget").isPositive();

        // and, one event after another, the line never had less than nothing available
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        Map<LedgerFromEvents.Line, Long> lowest = ofTheUnit(LedgerFromEvents.recompute(jdbc).lowestAvailable());
        assertThat(lowest).isNotEmpty().allSatisfy((line, balance) -> assertThat(balance).isNotNegative());

        // and the read model's movements, frozen included, are the event store's
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ofTheUnit(LedgerFromEvents.readModel(jdbc)))
                .isEqualTo(ofTheUnit(LedgerFromEvents.recompute(jdbc).lines())));
        assertThat(accountant.get(year + "/lines").body())
                .allSatisfy(line -> assertThat(line.path("figures").path("available").asText()).doesNotStartWith("-"));
    }

    private static <V> Map<LedgerFromEvents.Line, V> ofTheUnit(Map<LedgerFromEvents.Line, V> lines) {
        return lines.entrySet().stream().filter(line -> line.getKey().unit().equals(UNIT))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whether the freeze was placed; false when refused for want of budget. */
    private static boolean freeze(boolean overHttp, String year, String number, Money amount, List<String> unexpected) {
        if (overHttp) {
            Api.Response answer = app.accountant().post(year + "/freezes", LedgerDriver.json(new FreezeRequest(number,
                    MARCH_10, "2080150", "30201", Ledger.OFFICE, OFFICE_LINE.fundSource().label(), null,
                    amount.toString(), "合同", "并发测试")));
            return expected(answer, 201, "INSUFFICIENT_BUDGET", number, unexpected);
        }
        try {
            app.bean(CommandGateway.class).sendAndWait(new PlaceFreezeCommand(BUDGET, number, MARCH_10, OFFICE_LINE,
                    amount, FreezeKind.PROCUREMENT, "并发测试"));
            return true;
        } catch (LedgerException refusal) {
            return expected(refusal.code(), "INSUFFICIENT_BUDGET", number, unexpected);
        }
    }

    /** Whether the payment was made; false when refused for want of budget. */
    private static boolean pay(boolean overHttp, String year, String voucher, Money amount, List<String> unexpected) {
        if (overHttp) {
            Api.Response answer = app.accountant().post(year + "/payments",
                    Ledger.payment(voucher, OFFICE_LINE, amount.toString()));
            return expected(answer, 201, "PAYMENT_REFUSED", voucher, unexpected);
        }
        PaymentOutcome outcome = app.bean(CommandGateway.class).sendAndWait(new RecordPaymentCommand(BUDGET, voucher,
                MARCH_10, OFFICE_LINE, amount, "某科技有限公司", "运维费"));
        if (outcome.status() == PaymentOutcome.Status.UNCHANGED) {
            unexpected.add(voucher + " was already recorded");
        }
        return outcome.status() == PaymentOutcome.Status.RECORDED;
    }

    /** A release may find less frozen than it asks for, never anything else wrong. */
    private static void release(boolean overHttp, String year, String number, Money amount, List<String> unexpected) {
        if (overHttp) {
            Api.Response answer = app.accountant().post(year + "/freezes/" + number + "/release",
                    LedgerDriver.json(new ReleaseRequest(LocalDate.of(2025, 4, 1), amount == null ? null : amount.toString())));
            expected(answer, 201, "RELEASE_EXCEEDS_FROZEN", number, unexpected);
            return;
        }
        try {
            app.bean(CommandGateway.class).sendAndWait(new ReleaseFreezeCommand(BUDGET, number, LocalDate.of(2025, 4, 1),
                    amount));
        } catch (LedgerException refusal) {
            expected(refusal.code(), "RELEASE_EXCEEDS_FROZEN", number, unexpected);
        }
    }

    private static boolean expected(Api.Response answer, int success, String refusal, String what, List<String> unexpected) {
        if (answer.status() == success) {
            return true;
        }
        if (answer.status() != 422 || !refusal.equals(answer.text("code"))) {
            unexpected.add(what + " → " + answer.status() + " " + answer.body());
        }
        return false;
    }

    private static boolean expected(String code, String refusal, String what, List<String> unexpected) {
        if (!refusal.equals(code)) {
            unexpected.add(what + " → " + code);
        }
        return false;
    }
}
