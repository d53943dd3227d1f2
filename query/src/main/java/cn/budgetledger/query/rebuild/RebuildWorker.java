package cn.budgetledger.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.List;

/**
 * Rebuilds some segments of every read model, in transactions of its own that see only the tables aside
 * ({@link ShadowTables}). Segments split the events by unit-year, so two workers never write the same row and the
 * two cores (and two database connections) share the work.
 */
final class RebuildWorker {

    private record Share(RebuiltReadModel readModel, List<Segment> segments) {
    }

    private final List<Share> shares;
    private final TransactionManager transactions;

    RebuildWorker(List<RebuiltReadModel> readModels, int worker, int workers, TransactionManager writingAside) {
        this.shares = readModels.stream().map(readModel -> new Share(readModel, readModel.segmentsOf(worker, workers)))
                .filter(share -> !share.segments().isEmpty()).toList();
        this.transactions = writingAside;
    }

    /** One transaction: this worker's rows of the chunk. */
    void handle(List<TrackedEventMessage<?>> chunk) {
        if (shares.isEmpty()) {
            return;
        }
        Throwable failure = write(chunk);
        if (failure != null) {
            throw culprit(chunk, failure);
        }
    }

    private Throwable write(List<TrackedEventMessage<?>> events) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            for (Share share : shares) {
                share.readModel().handle(event, share.segments());
            }
            return null;
        });
        return result.isExceptional() ? result.exceptionResult() : null;
    }

    /**
     * Which event of a failed chunk the read models cannot take: a chunk's rows go to PostgreSQL in batches, so its
     * events are written again one at a time (into tables the failed rebuild throws away) until one fails.
     */
    private RuntimeException culprit(List<TrackedEventMessage<?>> chunk, Throwable failure) {
        for (TrackedEventMessage<?> event : chunk) {
            Throwable alone = write(List.of(event));
            if (alone != null) {
                return new UnprojectableEvent(event, alone);
            }
        }
        return new IllegalStateException("Rebuilding the read models failed in the chunk ending at "
                + chunk.get(chunk.size() - 1).trackingToken(), failure);
    }
}
