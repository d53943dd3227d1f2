package cn.budgetledger.query.rebuild;

import cn.budgetledger.api.LedgerException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * Builds every replayable read model again from the whole event store, in one pass, beside the tables in use, and
 * swaps the result in at the end: reads answer from the previous tables all along, never from half-built ones.
 * <p>
 * A reset processor would do the same, but each processor reads the whole store on its own, hands its handlers one
 * event at a time and empties the tables readers are using; here the store is read once, in large chunks, a chunk
 * ahead, and each chunk goes to every read model's handlers, which write copies of their tables
 * ({@link ShadowTables}; one transaction per worker and chunk, see {@link RebuildWorker}). Once the store is
 * through, one transaction gives the tables in use the copies' rows and moves the processors' tokens past the last
 * event: before it commits, readers see the old figures, after it the new ones. If anything fails on the way (an
 * event a handler cannot take, a crash) the copies are dropped and the tables and tokens in use stay exactly as
 * they were. Events recorded meanwhile are picked up by the processors once they start again, from the new tokens.
 * <p>
 * The processors of this instance are stopped for the rebuild; if another instance runs one of them, it holds
 * its segments, and the rebuild refuses to start rather than write under it.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    /** Well within the token store's claim timeout (10 s), and a commit every chunk would be on the workers' way. */
    private static final Duration CLAIMS_KEPT_EVERY = Duration.ofSeconds(2);

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine store;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final List<ReadModelTables> declaredTables;
    private final GivenUpEvents givenUp;
    private final int chunkSize;
    private final int workers;

    public ReadModelRebuild(EventProcessingConfiguration processing, EventStorageEngine store, TokenStore tokens,
                            TransactionManager transactions, JdbcTemplate jdbc, List<ReadModelTables> declaredTables,
                            GivenUpEvents givenUp, @Value("${ledger.rebuild.chunk-size}") int chunkSize,
                            @Value("${ledger.rebuild.workers}") int workers) {
        this.processing = processing;
        this.store = store;
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.declaredTables = List.copyOf(declaredTables);
        this.givenUp = givenUp;
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
                        processing.sequencingPolicy(processor.getName()), tokens, declaredTables,
                        givenUp.of(processor.getName())))
                .toList();
        readModels.forEach(RebuiltReadModel::stop);
        long started = System.nanoTime();
        try {
            // claimed before the copies are made: a second rebuild elsewhere is refused before it touches them
            transactions.executeInTransaction(() -> readModels.forEach(RebuiltReadModel::claim));
            ShadowTables aside = new ShadowTables(jdbc,
                    readModels.stream().flatMap(readModel -> readModel.tables().stream()).distinct().toList());
            try {
                aside.create();
                Replayed replayed = replayInto(readModels, aside);
                long swapping = System.nanoTime();
                transactions.executeInTransaction(() -> {
                    readModels.forEach(readModel -> readModel.storeTokens(replayed.last()));
                    aside.swapIn();
                    // every event was projected this time, those that once failed too: nothing waits any more
                    readModels.forEach(readModel -> processing.deadLetterQueue(readModel.name())
                            .ifPresent(SequencedDeadLetterQueue::clear));
                });
                Rebuilt rebuilt = Rebuilt.of(readModels.stream().map(RebuiltReadModel::name).toList(), replayed.events(),
                        Duration.ofNanos(System.nanoTime() - started));
                log.info("Read models {} rebuilt from {} events in {} ms, of which {} ms swapping the rows in",
                        rebuilt.readModels(), replayed.events(), rebuilt.tookMillis(),
                        Duration.ofNanos(System.nanoTime() - swapping).toMillis());
                return rebuilt;
            } finally {
                aside.drop();
            }
        } catch (UnableToClaimTokenException elsewhere) {
            throw LedgerException.conflict("READ_MODELS_IN_USE",
                    "另一个实例正在更新读模型，无法重建：请先停止其他实例，再重建读模型");
        } catch (UnprojectableEvent unprojectable) {
            log.error("Rebuilding the read models failed; the tables and tokens in use are left as they were",
                    unprojectable);
            throw LedgerException.conflict("REBUILD_FAILED", "重建读模型失败：" + unprojectable.where()
                    + "无法写入读模型。读模型和处理进度均未改动，仍是重建前的数据；请先修正该事件的处理，再重建读模型");
        } finally {
            try {
                transactions.executeInTransaction(() -> readModels.forEach(RebuiltReadModel::releaseClaims));
            } finally {
                // the processors' own claims would time out anyway; they must run again whatever happened
                readModels.forEach(RebuiltReadModel::start);
            }
        }
    }

    /** How many events were replayed, and the token after the last of them (null: the store is empty). */
    private record Replayed(long events, TrackingToken last) {
    }

    private Replayed replayInto(List<RebuiltReadModel> readModels, ShadowTables aside) {
        TransactionManager writingAside = aside.writingAside(transactions);
        List<RebuildWorker> work = IntStream.range(0, workers)
                .mapToObj(worker -> new RebuildWorker(readModels, worker, workers, writingAside)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "read-model-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
        long events = 0;
        TrackingToken last = null;
        long claimsKept = System.nanoTime();
        try (ChunksAhead store = new ChunksAhead(this.store, chunkSize)) {
            for (List<TrackedEventMessage<?>> chunk = store.next(); !chunk.isEmpty(); chunk = store.next()) {
                List<TrackedEventMessage<?>> current = chunk;
                // in step: no worker moves to the next chunk before every worker has committed this one
                CompletableFuture.allOf(work.stream().map(worker -> CompletableFuture.runAsync(
                        () -> worker.handle(current), threads)).toArray(CompletableFuture[]::new)).join();
                events += chunk.size();
                last = chunk.get(chunk.size() - 1).trackingToken();
                if (System.nanoTime() - claimsKept > CLAIMS_KEPT_EVERY.toNanos()) {
                    transactions.executeInTransaction(() -> readModels.forEach(RebuiltReadModel::extendClaims));
                    claimsKept = System.nanoTime();
                }
            }
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } finally {
            threads.shutdownNow();
        }
        return new Replayed(events, last);
    }
}
