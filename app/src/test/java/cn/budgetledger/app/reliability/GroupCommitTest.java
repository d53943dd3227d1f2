package cn.budgetledger.app.reliability;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group commit: payments sent together, on several unit-years, share commits, and each keeps its own outcome — a
 * command that fails in their midst fails alone, and every payment it shared a batch with is recorded once.
 */
class GroupCommitTest {

    static final int CLIENTS = 16;
    static final int PAYMENTS_PER_CLIENT = 25;
    static final List<String> UNITS = List.of("730001", "730002", "730003", "730004");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static CommandGateway gateway;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void fourOpenYears() {
        Api accountant = app.accountant();
        UNITS.forEach(unit -> Ledger.openWithTwoLines(accountant, unit, "100000.00"));
        gateway = app.bean(CommandGateway.class);
        jdbc = app.bean(JdbcTemplate.class);
    }

    @Test
    void payments_sent_together_share_commits_and_each_is_recorded_once() {
        // given sixteen clients paying at once on four unit-years
        List<Object> outcomes = together(CLIENTS, (client, i) -> payment(UNITS.get((client + i) % UNITS.size()),
                "GC-" + client + "-" + i));

        // then every payment is recorded, once, and fewer transactions than payments appended them
        for (Object outcome : outcomes) {
            assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.class,
                    paid -> assertThat(paid.status()).isEqualTo(PaymentOutcome.Status.RECORDED));
        }
        int payments = CLIENTS * PAYMENTS_PER_CLIENT;
        assertThat(jdbc.queryForObject("select count(*) from voucher_register where voucher like 'GC-%'", Long.class))
                .isEqualTo(payments);
        assertThat(paymentEvents("GC-%")).isEqualTo(payments);
        assertThat(transactionsOf("GC-%")).as("transactions that appended the payments").isLessThan(payments);
        // and each unit-year's events keep an unbroken sequence
        for (String unit : UNITS) {
            assertThat(jdbc.queryForObject("""
                    select count(*) = max(sequencenumber) + 1 from domainevententry where aggregateidentifier = ?""",
                    Boolean.class, new UnitYear(unit, 2025).toString())).isTrue();
        }
    }

    @Test
    void a_command_failing_among_others_fails_alone() {
        // given payments sent together, every fifth to a year that was never opened
        List<Object> outcomes = together(CLIENTS, (client, i) -> i % 5 == 0
                ? payment("730099", "GF-" + client + "-" + i)
                : payment(UNITS.get(client % UNITS.size()), "GF-" + client + "-" + i));

        // then the payments to the unopened year fail, each with its own cause, and every other one is recorded once
        int failed = 0;
        for (Object answer : outcomes) {
            if (answer instanceof Throwable failure) {
                assertThat(failure).isInstanceOf(AggregateNotFoundException.class);
                failed++;
            } else {
                assertThat(((PaymentOutcome) answer).status()).isEqualTo(PaymentOutcome.Status.RECORDED);
            }
        }
        assertThat(failed).isEqualTo(CLIENTS * PAYMENTS_PER_CLIENT / 5);
        assertThat(paymentEvents("GF-%")).isEqualTo(CLIENTS * PAYMENTS_PER_CLIENT - failed);
        assertThat(jdbc.queryForObject("select count(*) from voucher_register where voucher like 'GF-%'", Long.class))
                .isEqualTo(CLIENTS * PAYMENTS_PER_CLIENT - failed);
    }

    @Test
    void a_voucher_row_the_register_refuses_fails_its_payment_alone_and_leaves_no_event() {
        // given a register that refuses one voucher's row when it is sent (as another instance's row would)
        jdbc.execute("""
                create function refuse_gx_fail() returns trigger language plpgsql as $$
                begin
                  if new.voucher = 'GX-FAIL' then raise unique_violation using message = 'voucher used elsewhere'; end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger refuse_gx_fail before insert on voucher_register for each row execute function refuse_gx_fail()");
        try {
            // when that payment is sent together with others
            List<Object> outcomes = together(CLIENTS, (client, i) -> payment(UNITS.get(client % UNITS.size()),
                    client == 3 && i == 7 ? "GX-FAIL" : "GX-" + client + "-" + i));

            // then it alone fails, and neither its event nor its row is recorded; every other payment is, once
            long failed = outcomes.stream().filter(Throwable.class::isInstance).count();
            assertThat(failed).isEqualTo(1);
            assertThat(paymentEvents("GX-FAIL")).isZero();
            assertThat(paymentEvents("GX-%")).isEqualTo(CLIENTS * PAYMENTS_PER_CLIENT - 1);
            assertThat(jdbc.queryForObject("select count(*) from voucher_register where voucher like 'GX-%'", Long.class))
                    .isEqualTo(CLIENTS * PAYMENTS_PER_CLIENT - 1);
        } finally {
            jdbc.execute("drop trigger refuse_gx_fail on voucher_register");
            jdbc.execute("drop function refuse_gx_fail()");
        }
        // and the unit-year it was sent to takes the next payment on an unbroken sequence
        assertThat(((PaymentOutcome) gateway.sendAndWait(payment(UNITS.get(3), "GX-AFTER"))).status())
                .isEqualTo(PaymentOutcome.Status.RECORDED);
        assertThat(jdbc.queryForObject("select count(*) = max(sequencenumber) + 1 from domainevententry where aggregateidentifier = ?",
                Boolean.class, new UnitYear(UNITS.get(3), 2025).toString())).isTrue();
    }

    interface Command {
        RecordPaymentCommand of(int client, int i);
    }

    /** Each client sends its payments one after another, all clients starting at once; each outcome or failure. */
    static List<Object> together(int clients, Command command) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<List<Object>>> perClient = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                perClient.add(pool.submit(() -> {
                    start.await();
                    List<Object> answers = new ArrayList<>();
                    for (int i = 0; i < PAYMENTS_PER_CLIENT; i++) {
                        try {
                            answers.add(gateway.sendAndWait(command.of(client, i)));
                        } catch (RuntimeException failure) {
                            answers.add(failure);
                        }
                    }
                    return answers;
                }));
            }
            start.countDown();
            for (Future<List<Object>> answers : perClient) {
                outcomes.addAll(answers.get(2, TimeUnit.MINUTES));
            }
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    static RecordPaymentCommand payment(String unit, String voucher) {
        return new RecordPaymentCommand(new UnitYear(unit, 2025), voucher, LocalDate.of(2025, 3, 1), OFFICE_LINE,
                Money.ofFen(100), "某公司", "组提交");
    }

    static long paymentEvents(String vouchers) {
        return jdbc.queryForObject("""
                select count(*) from domainevententry
                where payloadtype like '%PaymentRecordedEvent' and convert_from(payload, 'UTF8')::jsonb ->> 'voucher' like ?""",
                Long.class, vouchers);
    }

    /** Rows one transaction inserted share its id (xmin). */
    static long transactionsOf(String vouchers) {
        return jdbc.queryForObject("""
                select count(distinct xmin::text) from domainevententry
                where payloadtype like '%PaymentRecordedEvent' and convert_from(payload, 'UTF8')::jsonb ->> 'voucher' like ?""",
                Long.class, vouchers);
    }
}
