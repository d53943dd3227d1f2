package cn.budgetledger.command;

import cn.budgetledger.command.domain.UnitYearBudget;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the unit-year budget aggregate by configuration rather than by a Spring stereotype, so the
 * domain model stays free of Spring; a snapshot every N events keeps loading it flat however long the year.
 */
@Configuration
public class CommandSideConfiguration {

    @Bean
    public ConfigurerModule unitYearBudgetAggregate(@Value("${ledger.snapshot.threshold:250}") int threshold) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(UnitYearBudget.class)
                        // A busy year stays in memory between commands; a concurrent writer elsewhere
                        // makes the append fail, which evicts it, and the retry reloads it.
                        .configureCache(config -> new WeakReferenceCache())
                        .configureSnapshotTrigger(config ->
                                new EventCountSnapshotTriggerDefinition(config.snapshotter(), threshold)));
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus,
                                         @Value("${ledger.command.max-retries:5}") int maxRetries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetry(maxRetries))
                .build();
    }

    /** The snapshotter finds how to instantiate the aggregate through this bean. */
    @Bean
    public AggregateFactory<UnitYearBudget> unitYearBudgetFactory() {
        return new GenericAggregateFactory<>(UnitYearBudget.class);
    }
}
