package cn.budgetledger.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when another writer appended to the same unit-year first (two instances on
 * one database): the retry reloads the aggregate and re-checks every rule. A rule's "no" is never retried.
 */
public class ConcurrencyRetry implements RetryScheduler {

    private final int maxRetries;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "command-retry");
        thread.setDaemon(true);
        return thread;
    });

    public ConcurrencyRetry(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!causedByConcurrentWrite(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        long backoff = 10L * failures.size() + ThreadLocalRandom.current().nextLong(10);
        scheduler.schedule(commandDispatch, backoff, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean causedByConcurrentWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
