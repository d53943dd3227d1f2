package cn.budgetledger.app;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * What every pooled event processor shares: its events from a source that wakes it on new events, and at most
 * its instance's fair share of segments. Axon keeps a single default configuration for pooled processors (a
 * second registration replaces the first), so both are made here.
 */
@Configuration(proxyBeanMethods = false)
public class PooledProcessorDefaults {

    @Bean
    public ConfigurerModule everyPooledProcessor(FairShareOfSegments fairShare,
                                                 @Value("${ledger.processing.wake-pause}") Duration wakePause,
                                                 @Value("${ledger.processing.wake-pause-under-load}") Duration underLoad) {
        return configurer -> configurer
                .registerComponent(WakingEventSource.class,
                        config -> new WakingEventSource(config.eventStore(), wakePause, underLoad))
                .eventProcessing().registerPooledStreamingEventProcessorConfiguration((config, builder) -> builder
                        .maxSegmentProvider(fairShare)
                        .messageSource(config.getComponent(WakingEventSource.class)));
    }
}
