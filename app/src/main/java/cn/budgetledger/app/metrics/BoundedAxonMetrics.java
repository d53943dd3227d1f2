package cn.budgetledger.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

import java.util.function.Function;

/**
 * Axon's metrics without its capacity monitor: that one keeps every message's duration for ten minutes, so a
 * 100,000-payment import held half a million entries per processor and ran a modest heap out of memory. Event
 * processors report only their latency (what the dashboards read): a timer and a counter per processor and
 * payload type cost a fifth of the processors' CPU in a rebuild, and the command bus already counts and
 * times every write.
 */
public class BoundedAxonMetrics extends GlobalMetricRegistry {

    private final MeterRegistry registry;

    public BoundedAxonMetrics(MeterRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName,
                                                                          Function<Message<?>, Iterable<Tag>> tagsBuilder,
                                                                          Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        return EventProcessorLatencyMonitor.builder()
                .meterNamePrefix(eventProcessorName)
                .meterRegistry(registry)
                .tagsBuilder(latencyTagsBuilder)
                .build();
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName,
                                                                        Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MultiMessageMonitor<>(MessageTimerMonitor.buildMonitor(commandBusName, registry, tagsBuilder),
                MessageCountingMonitor.buildMonitor(commandBusName, registry, tagsBuilder));
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName,
                                                                       Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MultiMessageMonitor<>(MessageTimerMonitor.buildMonitor(queryBusName, registry, tagsBuilder),
                MessageCountingMonitor.buildMonitor(queryBusName, registry, tagsBuilder));
    }
}
