package cn.budgetledger.command;

import cn.budgetledger.command.domain.RuleSettings;
import cn.budgetledger.command.domain.UnitYearBudget;
import cn.budgetledger.command.web.BudgetCommandController;
import cn.budgetledger.command.web.PaymentFastPath;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Registers the unit-year budget aggregate by configuration rather than by a Spring stereotype, so the
 * domain model stays free of Spring; a snapshot every N events keeps loading it flat however long the year.
 */
@Configuration
public class CommandSideConfiguration {

    private static final String UNIT_YEARS = "unit-years";

    @Bean
    public ConfigurerModule unitYearBudgetAggregate(@Value("${ledger.snapshot.threshold:250}") int threshold,
                                                    CacheManager unitYearCache) {
        Ehcache<Object, Object> years = (Ehcache<Object, Object>) unitYearCache.getCache(UNIT_YEARS, Object.class, Object.class);
        return configurer -> {
            // written in the command's thread, a big unit-year's snapshot held up the commands behind it
            ExecutorService snapshotWriter = Executors.newSingleThreadExecutor(new AxonThreadFactory("Snapshotter"));
            configurer.onShutdown(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS, () -> writeQueuedSnapshots(snapshotWriter));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(UnitYearBudget.class)
                    // A busy year stays in memory between commands; a concurrent writer elsewhere
                    // makes the append fail, which evicts it, and the retry reloads it.
                    .configureCache(config -> new EhCache3Adapter(years))
                    .configureCommandTargetResolver(config -> new UnitYearOfTheCommand())
                    .configureSnapshotTrigger(config -> new LiveStateSnapshots(threshold, config.serializer(),
                            config.eventStore(), config.getComponent(TransactionManager.class), snapshotWriter)));
        };
    }

    /** The rules a deployment switches, handed to the aggregate's handlers and to the imports that ask them. */
    @Bean
    public RuleSettings ruleSettings(
            @Value("${ledger.rules.three-public-never-increased-by-transfer:true}") boolean threePublicNeverIncreased) {
        return new RuleSettings(threePublicNeverIncreased);
    }

    /**
     * The unit-years most recently used stay loaded, up to a number of them: a cache of weak references lost every
     * year at each young collection, and a busy ledger reloaded a year from its snapshot for most commands. A cached
     * year's memory is bounded too (it remembers a bounded number of vouchers; the register has the rest).
     */
    @Bean(destroyMethod = "close")
    public CacheManager unitYearCache(@Value("${ledger.aggregate-cache.unit-years:500}") int unitYears) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache(UNIT_YEARS, CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(unitYears)))
                .build(true);
    }

    /** A voucher the register cannot take fails its command: event and row are committed together or not at all. */
    @Bean
    public ConfigurerModule voucherRegisterFailsItsCommand() {
        // a handler's failure, and the staged rows' when they are sent
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(VoucherRegisterTable.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance())
                .registerErrorHandler(VoucherRegisterTable.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's own command bus (as Spring Boot would configure it) behind {@link GroupCommit}: commands arriving together
     * share one transaction and one commit.
     */
    @Bean(destroyMethod = "shutDown")
    public GroupCommit commandBus(TransactionManager transactionManager, org.axonframework.config.Configuration axon,
                                  DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                                  VoucherRegisterTable vouchersAhead,
                                  @Value("${ledger.group-commit.committers:1}") int committers,
                                  @Value("${ledger.group-commit.max-batch:64}") int maxBatch) {
        SimpleCommandBus local = SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        local.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return new GroupCommit(local, transactionManager, vouchersAhead, committers, maxBatch);
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus,
                                         @Value("${ledger.command.max-retries:10}") int maxRetries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetry(maxRetries))
                .build();
    }

    /** Last of the servlet filters: a payment it answers goes no further, the read-your-writes filter wraps it. */
    @Bean
    public FilterRegistrationBean<PaymentFastPath> paymentFastPath(BudgetCommandController controller, ObjectMapper json,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        FilterRegistrationBean<PaymentFastPath> registration =
                new FilterRegistrationBean<>(new PaymentFastPath(controller, json, errors));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** A snapshot still queued when the application stops is written before the database goes. */
    private static void writeQueuedSnapshots(ExecutorService snapshotExecutor) {
        snapshotExecutor.shutdown();
        try {
            snapshotExecutor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
