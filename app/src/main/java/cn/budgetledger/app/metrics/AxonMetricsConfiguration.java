package cn.budgetledger.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonMetricsConfiguration {

    /** Replaces Axon's default registry (it backs off when one is defined). */
    @Bean
    public static GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new BoundedAxonMetrics(meterRegistry);
    }
}
