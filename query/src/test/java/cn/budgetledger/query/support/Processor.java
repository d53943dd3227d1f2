package cn.budgetledger.query.support;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Hands events to projections as their tracking processor does: a batch at a time, in one transaction, through
 * the handlers' interceptors, a handler's failure failing the batch. An event of a unit-year is a domain event of that unit-year's stream, with the
 * stream's next sequence number; any other event (a learned subject name) is published on its own. Every event is
 * recorded by {@link #RECORDED_BY}, a second after the one before.
 */
public final class Processor {

    public static final String RECORDED_BY = "accountant";
    private static final String AGGREGATE_TYPE = "UnitYearBudget";

    private final SimpleEventHandlerInvoker projections;
    private final TransactionManager transactions;
    private final Map<UnitYear, Long> nextSequenceNumbers = new HashMap<>();
    private Instant recordedAt = Instant.parse("2025-03-03T01:00:00Z");

    public Processor(DataSource database, Object... projections) {
        this.projections = SimpleEventHandlerInvoker.builder().eventHandlers(projections)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build();
        this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(database));
    }

    /** Handles the events, in order, as one batch; answers them as the messages handed over. */
    public List<EventMessage<?>> handle(Object... events) {
        List<EventMessage<?>> messages = Stream.of(events).<EventMessage<?>>map(this::recorded).toList();
        handleAgain(messages);
        return messages;
    }

    /** Hands messages over once more, as a processor does when it stopped before it stored its token. */
    public void handleAgain(List<EventMessage<?>> messages) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.attachTransaction(transactions);
        ResultMessage<?> result = batch.executeWithResult(() -> {
            projections.handle(batch.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("The batch failed", result.exceptionResult());
        }
    }

    private EventMessage<?> recorded(Object event) {
        recordedAt = recordedAt.plusSeconds(1);
        Map<String, String> metaData = Map.of(BudgetLedgerProjection.RECORDED_BY, RECORDED_BY);
        String identifier = UUID.randomUUID().toString();
        return unitYearOf(event)
                .<EventMessage<?>>map(budget -> new GenericDomainEventMessage<>(AGGREGATE_TYPE, budget.toString(),
                        nextSequenceNumbers.merge(budget, 0L, (last, first) -> last + 1), event, metaData,
                        identifier, recordedAt))
                .orElseGet(() -> new GenericEventMessage<>(identifier, event, metaData, recordedAt));
    }

    private static Optional<UnitYear> unitYearOf(Object event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        return Arrays.stream(components == null ? new RecordComponent[0] : components)
                .filter(component -> component.getType() == UnitYear.class).findFirst()
                .map(component -> {
                    try {
                        return (UnitYear) component.getAccessor().invoke(event);
                    } catch (ReflectiveOperationException unreadable) {
                        throw new IllegalArgumentException(unreadable);
                    }
                });
    }
}
