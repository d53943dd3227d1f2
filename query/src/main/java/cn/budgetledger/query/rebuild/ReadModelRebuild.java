package cn.budgetledger.query.rebuild;

import cn.budgetledger.api.LedgerException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * Throws every replayable read model away and builds it again from the whole event store, in one pass.
 * <p>
 * A reset processor would do the same, but each processor reads the whole store on its own and hands its
 * handlers one event at a time; here the store is read once, in large chunks, a chunk ahead, and each chunk
 * goes to every read model's handlers in transactions that also move the processors' tokens past the chunk
 * (one transaction per worker, see {@link RebuildWorker}). So at every commit the read models and their tokens
 * agree: if the rebuild stops half way (a crash, a failing handler), the processors go on from where it stopped,
 * and nothing is counted twice. Events recorded meanwhile are picked up by the processors once they start again.
 * <p>
 * The processors of this instance are stopped for the rebuild; if another instance runs one of them, it holds
 * its segments, and the rebuild refuses to start rather than write under it.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine store;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final int chunkSize;
    private final int workers;

    public ReadModelRebuild(EventProcessingConfiguration processing, EventStorageEngine store, TokenStore tokens,
                            TransactionManager transactions,
                            @Value("${ledger.rebuild.chunk-size}") int chunkSize,
                            @Value("${ledger.rebuild.workers}") int workers) {
        this.processing = processing;
        this.store = store;
        this.tokens = tokens;
        this.transactions = transactions;
        if (chunkSize < 1 || workers < 1) {
            throw new IllegalArgumentException("ledger.rebuild.chunk-size and ledger.rebuild.workers must be at least 1");
        }
        this.chunkSize = chunkSize;
        this.workers = workers;
    }

    /** Rebuilds every read model whose handlers all allow a replay; the others keep their place. */
    public synchronized Rebuilt rebuild() {
        List<RebuiltReadModel> readModels = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .map(processor -> new RebuiltReadModel(processor,
                        ((AbstractEventProcessor) processor).eventHandlerInvoker(),
                        processing.sequencingPolicy(processor.getName()), tokens))
                .toList();
        readModels.forEach(RebuiltReadModel::stop);
        long started = System.nanoTime();
        try {
            transactions.executeInTransaction(() -> readModels.forEach(RebuiltReadModel::claimAndEmpty));
            long events = replayInto(readModels);
            Rebuilt rebuilt = Rebuilt.of(readModels.stream().map(RebuiltReadModel::name).toList(), events,
                    Duration.ofNanos(System.nanoTime() - started));
            log.info("Read models {} rebuilt from {} events in {} ms", rebuilt.readModels(), events,
                    rebuilt.tookMillis());
            return rebuilt;
        } catch (UnableToClaimTokenException elsewhere) {
            throw LedgerException.conflict("READ_MODELS_IN_USE",
                    "另一个实例正在更新读模型，无法重建：请先停止其他实例，再重建读模型");
        } finally {
            try {
                transactions.executeInTransaction(() -> readModels.forEach(RebuiltReadModel::releaseClaims));
            } finally {
                // the processors' own claims would time out anyway; they must run again whatever happened
                readModels.forEach(RebuiltReadModel::start);
            }
        }
    }

    private long replayInto(List<RebuiltReadModel> readModels) {
        List<RebuildWorker> work = IntStream.range(0, workers)
                .mapToObj(worker -> new RebuildWorker(readModels, worker, workers, transactions)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "read-model-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
        long events = 0;
        try (ChunksAhead store = new ChunksAhead(this.store, chunkSize)) {
            for (List<TrackedEventMessage<?>> chunk = store.next(); !chunk.isEmpty(); chunk = store.next()) {
                List<TrackedEventMessage<?>> current = chunk;
                // in step: no worker moves to the next chunk before every worker has committed this one
                CompletableFuture.allOf(work.stream().map(worker -> CompletableFuture.runAsync(
                        () -> worker.handle(current), threads)).toArray(CompletableFuture[]::new)).join();
                events += chunk.size();
            }
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } finally {
            threads.shutdownNow();
        }
        return events;
    }
}
