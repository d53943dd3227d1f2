package cn.budgetledger.app.deadletters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dead letters for operations, per read model ({@code processor}): {@code ledger_dead_letters}, the events waiting
 * in the queue now (the failed ones and those of their unit-years parked behind them), read from the queue's table
 * at each scrape, and {@code ledger_dead_letters_enqueued_total}, the events that failed and were dead-lettered.
 */
final class DeadLetterMetrics {

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, Counter> enqueued = new HashMap<>();

    DeadLetterMetrics(MeterRegistry registry, NamedParameterJdbcTemplate jdbc, List<String> processingGroups) {
        this.jdbc = jdbc;
        for (String group : processingGroups) {
            Gauge.builder("ledger.dead.letters", () -> waiting(group))
                    .description("死信：读模型未能处理、等待管理员处理的事件（含排在其后的同一单位年度事件）")
                    .tag("processor", group).register(registry);
            enqueued.put(group, Counter.builder("ledger.dead.letters.enqueued")
                    .description("读模型未能处理而转入死信队列的事件").tag("processor", group).register(registry));
        }
    }

    void deadLettered(String processingGroup) {
        enqueued.get(processingGroup).increment();
    }

    long waiting(String processingGroup) {
        Long count = jdbc.queryForObject("select count(*) from deadletterentry where processinggroup = :group",
                Map.of("group", processingGroup), Long.class);
        return count == null ? 0 : count;
    }
}
