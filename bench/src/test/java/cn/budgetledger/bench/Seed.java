package cn.budgetledger.bench;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes histories straight to the event store (the real payloads, in batches of a transaction each), because
 * recording a million payments one command at a time would take the whole run. Published, not only appended, so
 * the voucher register is written with them as it is for every command.
 */
final class Seed {

    private static final int BATCH = 2_000;
    private static final MetaData BY_BENCH = MetaData.with("recordedBy", "bench");

    private Seed() {
    }

    /** Opens each unit-year, allocates two lines and records the given number of payments in each. */
    static long unitYears(BenchLedger ledger, List<UnitYear> years, int paymentsEach) {
        EventStore store = ledger.bean(EventStore.class);
        TransactionTemplate transaction = new TransactionTemplate(ledger.bean(PlatformTransactionManager.class));
        List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
        long written = 0;
        // round-robin over the years, as a province's payments arrive
        for (int payment = -2; payment < paymentsEach; payment++) {
            for (UnitYear year : years) {
                batch.add(event(year, payment));
                if (batch.size() == BATCH) {
                    written += flush(store, transaction, batch);
                }
            }
        }
        return written + flush(store, transaction, batch);
    }

    private static DomainEventMessage<?> event(UnitYear year, int payment) {
        long sequence = payment + 2L;
        Object payload = switch (payment) {
            case -2 -> new BudgetYearOpenedEvent(year, "基准测试单位" + year.unit(), "800");
            case -1 -> new BudgetAllocatedEvent(year, "批复-1", year.firstDay(), List.of(
                    new Allocation(Load.OFFICE, new Project("P-OFFICE", "日常公用经费", ProjectCategory.of("公用经费")), Money.MAX),
                    new Allocation(Load.SYSTEMS, new Project("P-SYSTEMS", "系统运行", ProjectCategory.of("特定目标类")), Money.MAX)));
            default -> new PaymentRecordedEvent(year, "S-" + payment, Load.dayOf(payment),
                    payment % 2 == 0 ? Load.OFFICE : Load.SYSTEMS, Money.ofFen(100 + payment % 1000), "某科技有限公司", "运维费");
        };
        return new GenericDomainEventMessage<>("UnitYearBudget", year.toString(), sequence, payload, BY_BENCH);
    }

    private static int flush(EventStore store, TransactionTemplate transaction, List<DomainEventMessage<?>> batch) {
        int size = batch.size();
        if (size > 0) {
            transaction.executeWithoutResult(status -> store.publish(batch));
            batch.clear();
        }
        return size;
    }
}
