package cn.budgetledger.app.deadletters;

import cn.budgetledger.query.evaluation.PerformanceTargetProjection;
import cn.budgetledger.query.indicators.RefusalProjection;
import cn.budgetledger.query.ledger.BudgetLedgerProjection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.List;

/**
 * Every read model's processor has a dead-letter queue (Axon's JDBC queue, table {@code deadletterentry}): an event
 * it cannot handle for a reason of its own ({@link FailuresOfTheEventItself}) waits there, with the later events of
 * its unit-year (the aggregate is the sequence), and every other unit-year keeps flowing. A rebuild or replay
 * empties the queue with the read model: its events are met again, and fail again if they still must.
 * <p>
 * A dead letter is retried in a savepoint of the retry's transaction (a nested transaction), so a retry that fails
 * again keeps the letter, with its new cause, instead of rolling the whole retry back.
 * <p>
 * The year-end carry-forward has none: it sends a command, not a write of its own, and a refused command there must
 * stop the carry-forward for an administrator rather than skip a year.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** The replayable read models, whose processors dead-letter. */
    static final List<String> READ_MODELS = List.of(BudgetLedgerProjection.PROCESSING_GROUP,
            PerformanceTargetProjection.PROCESSING_GROUP, RefusalProjection.PROCESSING_GROUP);
    /** Generous: a full sequence would fail its batch again; a unit-year's later events all wait behind its failure. */
    private static final int MAX_SEQUENCES = 100_000;
    private static final int MAX_SEQUENCE_SIZE = 10_000_000;

    @Bean
    DeadLetterMetrics deadLetterMetrics(MeterRegistry registry, NamedParameterJdbcTemplate jdbc) {
        return new DeadLetterMetrics(registry, jdbc, READ_MODELS);
    }

    @Bean
    public ConfigurerModule deadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
                                             PlatformTransactionManager platform, DeadLetterMetrics metrics) {
        TransactionManager savepoints = new SpringTransactionManager(platform,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : READ_MODELS) {
                processing.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(DeadLetterSchema.defaultSchema())
                                .genericSerializer(config.serializer())
                                .eventSerializer(config.eventSerializer())
                                .maxSequences(MAX_SEQUENCES)
                                .maxSequenceSize(MAX_SEQUENCE_SIZE)
                                .build())
                        .registerDeadLetterPolicy(group, config -> new FailuresOfTheEventItself(group, metrics))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, builder) -> builder
                                .allowReset(true)
                                // a segment remembers which of its unit-years have letters: no query per event
                                .enableSequenceIdentifierCache()
                                .transactionManager(savepoints));
            }
        };
    }
}
