package cn.budgetledger.query.rebuild;

import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.query.catalogue.LearnedSubjectNameProjection;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rebuild writes aside exactly the tables its projections list, and refuses a projection that lists none. */
class RebuiltReadModelTest {

    /** Writes some table of its own, but does not say which. */
    static class Unlisted {
        @EventHandler
        void on(BudgetYearOpenedEvent event) {
        }
    }

    @Test
    void the_tables_rebuilt_are_those_every_projection_of_the_processor_lists() {
        // given a processor with two projections, which list their tables
        BudgetLedgerProjection ledger = new BudgetLedgerProjection(null);
        LearnedSubjectNameProjection names = new LearnedSubjectNameProjection(null);
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder().eventHandlers(ledger, names).build();

        // when its read model is to be rebuilt
        RebuiltReadModel readModel = new RebuiltReadModel(null, new MultiEventHandlerInvoker(invoker),
                SequentialPerAggregatePolicy.instance(), null, List.of(ledger, names), Set.of());

        // then the copies are made of every table of both
        assertThat(readModel.tables()).containsExactlyElementsOf(
                concat(ledger.readModelTables(), names.readModelTables()));
    }

    @Test
    void a_projection_that_does_not_list_its_tables_is_not_rebuilt_for_it_would_write_the_tables_in_use() {
        // given a processor with a projection that lists no tables
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder().eventHandlers(new Unlisted()).build();

        // when its read model is to be rebuilt, then it is refused before anything starts
        assertThatThrownBy(() -> new RebuiltReadModel(null, invoker, SequentialPerAggregatePolicy.instance(), null,
                List.of(), Set.of())).isInstanceOf(IllegalStateException.class).hasMessageContaining(Unlisted.class.getName())
                .hasMessageContaining("ReadModelTables");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
