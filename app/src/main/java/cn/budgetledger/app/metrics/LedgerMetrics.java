package cn.budgetledger.app.metrics;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's business metrics for operations (management reads exact figures from the SQL views):
 * payments, refusals and reversals (count and yuan) and adjustment documents, tagged by fiscal year and
 * parent department.
 * <p>
 * Exactly once per event: the processing group runs as a <em>subscribing</em> processor, so it sees an
 * event when it is published and never again (a projection replay re-reads the store through the
 * streaming processors, not through this one), and it counts only once the command's transaction has
 * committed. Per unit would be one series per unit and year, thousands for a city; per parent
 * department it stays at the number of departments, capped by {@code ledger.metrics.max-departments}.
 */
@Component
@ProcessingGroup(LedgerMetrics.PROCESSING_GROUP)
public class LedgerMetrics {

    public static final String PROCESSING_GROUP = "ledger-metrics";
    /** Units opened without a parent department. */
    static final String NO_DEPARTMENT = "none";

    private final MeterRegistry registry;
    private final EventStore eventStore;
    private final BoundedTag departments;
    private final Map<UnitYear, String> departmentOfBudget = new ConcurrentHashMap<>();

    public LedgerMetrics(MeterRegistry registry, EventStore eventStore,
                         @Value("${ledger.metrics.max-departments}") int maxDepartments) {
        this.registry = registry;
        this.eventStore = eventStore;
        this.departments = new BoundedTag(maxDepartments);
    }

    @EventHandler
    void on(BudgetYearOpenedEvent event) {
        departmentOfBudget.put(event.budget(), departmentOf(event.parentCode()));
    }

    @EventHandler
    void on(PaymentRecordedEvent event) {
        count("ledger.payments", "ledger.payments.amount", event.budget(), event.amount());
    }

    @EventHandler
    void on(PaymentRefusedEvent event) {
        count("ledger.refusals", "ledger.refusals.amount", event.budget(), event.requested());
    }

    @EventHandler
    void on(PaymentReversedEvent event) {
        count("ledger.reversals", "ledger.reversals.amount", event.budget(), event.amount());
    }

    @EventHandler
    void on(AdjustmentApprovedEvent event) {
        Tags tags = tags(event.budget()).and("type", event.type().name());
        onceCommitted(() -> Counter.builder("ledger.adjustments")
                .description("科目调整单（调剂/追加/追减）").tags(tags).register(registry).increment());
    }

    private void count(String name, String amountName, UnitYear budget, Money amount) {
        Tags tags = tags(budget);
        onceCommitted(() -> {
            Counter.builder(name).tags(tags).register(registry).increment();
            Counter.builder(amountName).baseUnit("yuan").tags(tags).register(registry)
                    .increment(amount.toBigDecimal().doubleValue());
        });
    }

    private Tags tags(UnitYear budget) {
        return Tags.of("department", departmentOfBudget.computeIfAbsent(budget, this::departmentInStore),
                "year", Integer.toString(budget.year()));
    }

    /**
     * A budget opened before this process started: its first event in the store names its parent. Read
     * from the event store, not the read model, which a replay empties for a while.
     */
    private String departmentInStore(UnitYear budget) {
        DomainEventStream events = eventStore.readEvents(budget.toString(), 0);
        if (events.hasNext()) {
            DomainEventMessage<?> first = events.next();
            if (first.getPayload() instanceof BudgetYearOpenedEvent opened) {
                return departmentOf(opened.parentCode());
            }
        }
        return NO_DEPARTMENT;
    }

    private String departmentOf(String parentCode) {
        return departments.of(parentCode == null ? NO_DEPARTMENT : parentCode);
    }

    /** A command that fails to commit recorded nothing, so it counts nothing. */
    private static void onceCommitted(Runnable record) {
        CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> record.run());
    }
}
