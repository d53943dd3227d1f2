package cn.budgetledger.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.List;

/**
 * Rebuilds some segments of every read model, in transactions of its own. Segments split the events by
 * unit-year, so two workers never write the same row and the two cores (and two database connections)
 * share the work; each segment's rows and its token are still committed together.
 */
final class RebuildWorker {

    private record Share(RebuiltReadModel readModel, List<Segment> segments) {
    }

    private final List<Share> shares;
    private final TransactionManager transactions;

    RebuildWorker(List<RebuiltReadModel> readModels, int worker, int workers, TransactionManager transactions) {
        this.shares = readModels.stream().map(readModel -> new Share(readModel, readModel.segmentsOf(worker, workers)))
                .filter(share -> !share.segments().isEmpty()).toList();
        this.transactions = transactions;
    }

    /** One transaction: this worker's rows of the chunk, and its segments' tokens after the chunk. */
    void handle(List<TrackedEventMessage<?>> chunk) {
        if (shares.isEmpty()) {
            return;
        }
        TrackingToken last = chunk.get(chunk.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(chunk);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(committing -> shares.forEach(share -> share.segments()
                .forEach(segment -> share.readModel().storeToken(last, segment))));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            for (Share share : shares) {
                share.readModel().handle(event, share.segments());
            }
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("Rebuilding the read models stopped at " + last, result.exceptionResult());
        }
    }
}
