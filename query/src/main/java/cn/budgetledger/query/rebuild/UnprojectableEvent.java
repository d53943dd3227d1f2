package cn.budgetledger.query.rebuild;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/** An event of the store that a read model's handlers fail on, even written on its own. */
final class UnprojectableEvent extends RuntimeException {

    private final EventMessage<?> event;

    UnprojectableEvent(EventMessage<?> event, Throwable failure) {
        super("The read models cannot take " + describe(event), failure);
        this.event = event;
    }

    /** Where it is in the store, for people: its unit-year and sequence number, and its type. */
    String where() {
        return event instanceof DomainEventMessage<?> domain
                ? "预算年度 %s 序号为 %d 的事件（%s）".formatted(domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                event.getPayloadType().getSimpleName())
                : "事件 %s（%s）".formatted(event.getIdentifier(), event.getPayloadType().getSimpleName());
    }

    private static String describe(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                ? "event %d of %s (%s)".formatted(domain.getSequenceNumber(), domain.getAggregateIdentifier(),
                event.getPayloadType().getSimpleName())
                : "event " + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName() + ")";
    }
}
