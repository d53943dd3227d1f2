package cn.budgetledger.app;

import cn.budgetledger.app.upcasting.LinesGetTheirOrigin;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;

import static cn.budgetledger.query.ledger.BudgetLedgerProjection.RECORDED_BY;

/** Every event carries, as metadata, who recorded it: the signed-in user who sent the command. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** Commands sent on behalf of no user (e.g. the year-end carry-forward) inherit their cause's user. */
    static final String SYSTEM = "system";

    @Bean
    public MessageDispatchInterceptor<CommandMessage<?>> recordedByInterceptor() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> command.getMetaData().containsKey(RECORDED_BY) ? command
                        : command.andMetaData(java.util.Map.of(RECORDED_BY, currentUser()));
            }
        };
    }

    /** The JDBC storage, as Axon would make it: Axon makes none once the event store below is ours. */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver duplicateKey, ConnectionProvider connections,
                                                 TransactionManager transactions,
                                                 org.axonframework.config.Configuration configuration) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(duplicateKey)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema())
                .build();
    }

    /** Axon's embedded event store, as Axon would make it, but with its tail read paced ({@link PacedTailReads}). */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${ledger.processing.tail-read-pace}") Duration tailReadPace) {
        return EmbeddedEventStore.builder()
                .storageEngine(new PacedTailReads(storageEngine, tailReadPace))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .build();
    }

    /** Old stored events are read in today's shape (see the upcaster). */
    @Bean
    public LinesGetTheirOrigin linesGetTheirOrigin() {
        return new LinesGetTheirOrigin();
    }

    @Bean
    public CorrelationDataProvider recordedByCorrelation() {
        return new SimpleCorrelationDataProvider(RECORDED_BY);
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public Clock clock(@Value("${ledger.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
