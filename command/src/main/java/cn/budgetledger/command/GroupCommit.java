package cn.budgetledger.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.UnresolvedRoutingKeyPolicy;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.axonframework.commandhandling.GenericCommandResultMessage.asCommandResultMessage;

/**
 * Group commit: commands that arrive together, on any unit-years, are handled one after another in one transaction
 * and made durable by one commit, instead of one commit (one flush of PostgreSQL's log) each. Each command keeps its
 * own outcome, answered only once the commit has succeeded.
 * <p>
 * A unit-year always goes to the same committer, so its commands keep their order and no two committers wait on
 * each other's unit-years; a batch holds at most one command per unit-year. Within a batch each command is a unit of work nested in the batch's: its aggregate stays
 * locked, and its events and voucher-register rows staged, until the batch commits. If anything fails — a command
 * refused by an exception, or the commit itself (another instance appended to the same unit-year) — the whole batch
 * is rolled back, its cached unit-years evicted, and its commands run again one by one, each in its own transaction
 * as without group commit: a failing command never spoils the others. Before a batch's first command, what its
 * commands will ask (the vouchers they name) is asked once for all of them ({@link BatchLookahead}). Only a failure of the commit itself is
 * answered to every command of the batch as it is: it may have gone through, and a second run could record twice. A command sent from inside a unit of work (an
 * event handler's) joins that one instead, as before.
 */
public class GroupCommit implements CommandBus {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final long IDLE_CHECK_MILLIS = 200;

    private final CommandBus local;
    private final TransactionManager transactionManager;
    private final BatchLookahead lookahead;
    private final AnnotationRoutingStrategy routing =
            new AnnotationRoutingStrategy(UnresolvedRoutingKeyPolicy.STATIC_KEY);
    private final List<MessageDispatchInterceptor<? super CommandMessage<?>>> dispatchInterceptors =
            new CopyOnWriteArrayList<>();
    private final Committer[] committers;
    private final int maxBatch;
    private volatile boolean running = true;

    /** A command waiting for its batch, and whom to answer. */
    private record Waiting(CommandMessage<?> command, String unitYear, CommandCallback<Object, Object> callback) {
    }

    /** A command handled in the batch, with the outcome it gets once the batch is committed. */
    private record Handled(Waiting waiting, CommandResultMessage<?> result) {
    }

    public GroupCommit(CommandBus local, TransactionManager transactionManager, BatchLookahead lookahead,
                       int committers, int maxBatch) {
        this.local = local;
        this.transactionManager = transactionManager;
        this.lookahead = lookahead;
        this.maxBatch = maxBatch;
        this.committers = new Committer[committers];
        for (int i = 0; i < committers; i++) {
            this.committers[i] = new Committer("group-commit-" + i);
            this.committers[i].start();
        }
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, (message, result) -> {
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void dispatch(CommandMessage<C> sent, CommandCallback<? super C, ? super R> callback) {
        CommandMessage<C> command = intercepted(sent);
        if (!running || CurrentUnitOfWork.isStarted()) {
            local.dispatch(command, callback);
            return;
        }
        String unitYear = routing.getRoutingKey(command);
        Committer committer = committers[Math.floorMod(unitYear.hashCode(), committers.length)];
        Waiting waiting = new Waiting(command, unitYear, (CommandCallback<Object, Object>) callback);
        committer.queue.add(waiting);
        // stopped meanwhile: whoever removes it from the queue handles it, exactly once
        if (!running && committer.queue.remove(waiting)) {
            alone(waiting);
        }
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return local.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return local.registerHandlerInterceptor(interceptor);
    }

    /** Run in the dispatching thread, as a command bus promises (the local bus would run them in a committer's). */
    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        dispatchInterceptors.add(interceptor);
        return () -> dispatchInterceptors.remove(interceptor);
    }

    @SuppressWarnings("unchecked")
    private <C> CommandMessage<C> intercepted(CommandMessage<C> command) {
        CommandMessage<C> message = command;
        for (MessageDispatchInterceptor<? super CommandMessage<?>> interceptor : dispatchInterceptors) {
            message = (CommandMessage<C>) interceptor.handle(message);
        }
        return message;
    }

    /**
     * Stops taking commands into batches: a committer handles what it holds and what is queued before it stops, and a
     * command sent meanwhile runs at once.
     */
    public void shutDown() {
        running = false;
        for (Committer committer : committers) {
            try {
                committer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Committer extends Thread {

        private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
        /** Taken from the queue, not yet in a batch: a unit-year's next command waits for the next batch. */
        private final Deque<Waiting> held = new ArrayDeque<>();

        Committer(String name) {
            super(name);
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running || !queue.isEmpty() || !held.isEmpty()) {
                if (held.isEmpty()) {
                    try {
                        // not interrupted to stop: an interrupt could fail a batch's connection or statement
                        Waiting first = queue.poll(IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                        if (first == null) {
                            continue;
                        }
                        held.add(first);
                    } catch (InterruptedException unexpected) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                queue.drainTo(held);
                List<Waiting> batch = nextBatch();
                try {
                    handle(batch);
                } catch (RuntimeException | Error unexpected) {
                    log.error("A batch of {} commands failed outside any command", batch.size(), unexpected);
                }
            }
        }

        /**
         * Up to max-batch held commands in their order, at most one per unit-year: commands of one batch cannot see
         * each other's voucher-register rows (they are written as the batch commits), so a unit-year's second command
         * — a second reversal of a payment its aggregate no longer remembers — waits for the first one's commit.
         */
        private List<Waiting> nextBatch() {
            List<Waiting> batch = new ArrayList<>();
            Set<String> unitYears = new HashSet<>();
            for (Iterator<Waiting> next = held.iterator(); next.hasNext() && batch.size() < maxBatch; ) {
                Waiting waiting = next.next();
                if (unitYears.add(waiting.unitYear())) {
                    batch.add(waiting);
                    next.remove();
                }
            }
            return batch;
        }
    }

    private void handle(List<Waiting> batch) {
        if (batch.size() == 1) {
            alone(batch.get(0));
            return;
        }
        List<Handled> handled;
        try {
            handled = committedTogether(batch);
        } catch (OutcomeUnknown unknown) {
            // the commit itself failed, and may have gone through: running the commands again could record them twice
            batch.forEach(waiting -> answer(waiting, asCommandResultMessage(unknown.getCause())));
            return;
        }
        if (handled == null) {
            batch.forEach(this::alone);
        } else {
            handled.forEach(done -> answer(done.waiting(), done.result()));
        }
    }

    /** A batch's commit failed: whether it took effect is not known. */
    private static final class OutcomeUnknown extends RuntimeException {
        OutcomeUnknown(Throwable cause) {
            super(cause);
        }
    }

    /** The batch's commands in one transaction; their outcomes once committed, or null if anything failed. */
    private List<Handled> committedTogether(List<Waiting> batch) {
        List<Handled> handled = new ArrayList<>(batch.size());
        AtomicBoolean committing = new AtomicBoolean();
        UnitOfWork<?> together = DefaultUnitOfWork.startAndGet(batch.get(0).command());
        try {
            Transaction transaction = transactionManager.startTransaction();
            together.onCommit(unitOfWork -> {
                committing.set(true);
                transaction.commit();
            });
            together.onRollback(unitOfWork -> transaction.rollback());
            lookahead.ahead(batch.stream().<CommandMessage<?>>map(Waiting::command).toList());
            for (Waiting waiting : batch) {
                // the local bus handles a command in the dispatching thread: its outcome is there on return
                local.dispatch(waiting.command(), (command, result) -> handled.add(new Handled(waiting, result)));
                if (handled.get(handled.size() - 1).result().isExceptional()) {
                    together.rollback();
                    return null;
                }
            }
            together.commit();
            return handled;
        } catch (RuntimeException | Error failed) {
            if (together.isActive()) {
                together.rollback(failed);
            }
            if (committing.get()) {
                log.error("The commit of a batch of {} commands failed; each is answered with the failure",
                        batch.size(), failed);
                throw new OutcomeUnknown(failed);
            }
            log.debug("A batch of {} commands was rolled back; its commands run one by one", batch.size(), failed);
            return null;
        }
    }

    private void alone(Waiting waiting) {
        AtomicBoolean answered = new AtomicBoolean();
        try {
            local.dispatch(waiting.command(), (command, result) -> {
                answered.set(true);
                waiting.callback().onResult(command, result);
            });
        } catch (RuntimeException | Error failed) {
            // the bus could not start the command (no connection for its transaction): its sender still gets an answer
            if (!answered.get()) {
                answer(waiting, asCommandResultMessage(failed));
            }
        }
    }

    private void answer(Waiting waiting, CommandResultMessage<?> result) {
        try {
            waiting.callback().onResult(waiting.command(), result);
        } catch (RuntimeException | Error failed) {
            log.error("Answering command {} failed", waiting.command().getCommandName(), failed);
        }
    }
}
