package cn.budgetledger.app;

import cn.budgetledger.app.upcasting.LinesGetTheirOrigin;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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

    /**
     * Axon's JDBC storage, as Axon's auto-configuration makes it, with the embedded store's tail read paced
     * ({@link PacedTailReads}). Static: a post-processor is made before the beans it wraps.
     */
    @Bean
    public static BeanPostProcessor tailReadsPaced(Environment environment) {
        Duration pace = environment.getRequiredProperty("ledger.processing.tail-read-pace", Duration.class);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof EventStorageEngine storage ? new PacedTailReads(storage, pace) : bean;
            }
        };
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
