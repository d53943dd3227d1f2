package cn.budgetledger.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Where group commit runs what: interceptors in the sender's thread, handlers in a committer's, failures alone. */
class GroupCommitDispatchTest {

    final SimpleCommandBus local = SimpleCommandBus.builder().build();
    final GroupCommit bus = new GroupCommit(local, NoTransactionManager.INSTANCE, batch -> { }, 2, 16);

    @AfterEach
    void stop() {
        bus.shutDown();
    }

    @Test
    void a_dispatch_interceptor_runs_in_the_senders_thread_and_the_handler_in_a_committers() throws Exception {
        // given an interceptor and a handler that note their threads
        AtomicReference<Thread> intercepting = new AtomicReference<>();
        AtomicReference<Thread> handling = new AtomicReference<>();
        bus.registerDispatchInterceptor(messages -> (index, message) -> {
            intercepting.set(Thread.currentThread());
            return message;
        });
        bus.subscribe(String.class.getName(), message -> {
            handling.set(Thread.currentThread());
            return "recorded " + message.getPayload();
        });

        // when a command is sent
        CompletableFuture<Object> answer = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("V-1"), (command, result) -> answer.complete(result.getPayload()));

        // then it is answered, intercepted here and handled by a committer
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("recorded V-1");
        assertThat(intercepting.get()).isSameAs(Thread.currentThread());
        assertThat(handling.get().getName()).startsWith("group-commit-");
    }

    @Test
    void commands_sent_together_are_each_answered_once_and_a_failing_one_fails_alone() throws Exception {
        // given a handler that refuses one voucher and is slow enough for commands to queue behind each other
        bus.subscribe(String.class.getName(), message -> {
            Thread.sleep(2);
            if (message.getPayload().equals("V-13")) {
                throw new IllegalArgumentException("refused V-13");
            }
            return "recorded " + message.getPayload();
        });

        // when forty commands are sent at once
        Map<String, List<Object>> answers = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String voucher = "V-" + i;
            CompletableFuture<Void> answered = new CompletableFuture<>();
            done.add(answered);
            bus.dispatch(GenericCommandMessage.asCommandMessage(voucher), (command, result) -> {
                answers.computeIfAbsent(voucher, key -> new ArrayList<>())
                        .add(result.isExceptional() ? result.exceptionResult().getMessage() : result.getPayload());
                answered.complete(null);
            });
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        // then each is answered exactly once, the refused one with its own failure
        assertThat(answers).hasSize(40);
        answers.forEach((voucher, answered) -> assertThat(answered).as(voucher).containsExactly(
                voucher.equals("V-13") ? "refused V-13" : "recorded " + voucher));
    }

    /** A command to a unit-year, as the ledger's commands name theirs. */
    record Pay(@TargetAggregateIdentifier String unitYear, String voucher) {
    }

    @Test
    void a_batch_takes_at_most_one_command_per_unit_year_and_keeps_each_unit_years_order() throws Exception {
        // given one committer, and a handler that notes which batch (root unit of work) handled which command
        GroupCommit oneCommitter = new GroupCommit(local, NoTransactionManager.INSTANCE, batch -> { }, 1, 16);
        Map<Object, List<String>> unitYearsByBatch = new ConcurrentHashMap<>();
        Map<String, List<String>> vouchersByUnitYear = new ConcurrentHashMap<>();
        oneCommitter.subscribe(Pay.class.getName(), message -> {
            Thread.sleep(2);
            Pay pay = (Pay) message.getPayload();
            unitYearsByBatch.computeIfAbsent(CurrentUnitOfWork.get().root(), batch -> new ArrayList<>()).add(pay.unitYear());
            vouchersByUnitYear.computeIfAbsent(pay.unitYear(), unitYear -> new ArrayList<>()).add(pay.voucher());
            return "ok";
        });
        try {
            // when forty payments to two unit-years are sent at once
            List<CompletableFuture<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                CompletableFuture<Object> answer = new CompletableFuture<>();
                answers.add(answer);
                oneCommitter.dispatch(GenericCommandMessage.asCommandMessage(new Pay(i % 2 == 0 ? "A-2025" : "B-2025", "V-" + i)),
                        (command, result) -> answer.complete(result.getPayload()));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } finally {
            oneCommitter.shutDown();
        }

        // then batches were formed, none with a unit-year twice, and each unit-year's payments kept their order
        assertThat(unitYearsByBatch.values()).anySatisfy(unitYears -> assertThat(unitYears).hasSize(2));
        assertThat(unitYearsByBatch.values()).allSatisfy(unitYears -> assertThat(unitYears).doesNotHaveDuplicates());
        List<String> evens = new ArrayList<>();
        List<String> odds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            (i % 2 == 0 ? evens : odds).add("V-" + i);
        }
        assertThat(vouchersByUnitYear.get("A-2025")).containsExactlyElementsOf(evens);
        assertThat(vouchersByUnitYear.get("B-2025")).containsExactlyElementsOf(odds);
    }

    @Test
    void a_command_sent_inside_a_unit_of_work_is_handled_in_that_thread() {
        // given a handler that notes its thread
        AtomicReference<Thread> handling = new AtomicReference<>();
        bus.subscribe(String.class.getName(), message -> {
            handling.set(Thread.currentThread());
            return "ok";
        });

        // when a command is sent from inside a unit of work (an event handler's)
        org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("outer"))
                .execute(() -> {
                    assertThat(CurrentUnitOfWork.isStarted()).isTrue();
                    bus.dispatch(GenericCommandMessage.asCommandMessage("inner"));
                });

        // then it ran there, in that unit of work
        assertThat(handling.get()).isSameAs(Thread.currentThread());
    }
}
