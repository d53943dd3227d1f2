package cn.budgetledger.app;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Several instances on one PostgreSQL share the work of every event processor. Without Axon Server nothing
 * balances segments: the first instance up would claim them all. So each instance announces itself in
 * processor_node and claims at most its fair share (segments / live instances, rounded up); Axon's
 * coordinator releases any surplus for the others to claim. When an instance dies its heartbeat ages out
 * and the survivors' share grows back to cover its segments.
 */
@Component
public class FairShareOfSegments implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FairShareOfSegments.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** The share is asked for on every coordination round; the database need not be. */
    private static final Duration SHARE_KEPT = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final Duration deadAfter;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, Share> shares = new ConcurrentHashMap<>();
    private ScheduledExecutorService heartbeat;

    private record Share(int segments, long computedAt) {
    }

    public FairShareOfSegments(JdbcTemplate jdbc, @Value("${ledger.processing.node-timeout:15s}") Duration deadAfter) {
        this.jdbc = jdbc;
        this.deadAfter = deadAfter;
    }

    @Override
    public int getMaxSegments(String processor) {
        long now = System.nanoTime();
        Share share = shares.get(processor);
        if (share == null || now - share.computedAt() > SHARE_KEPT.toNanos()) {
            share = new Share(computeShare(processor), now);
            shares.put(processor, share);
        }
        return share.segments();
    }

    private int computeShare(String processor) {
        try {
            int segments = jdbc.queryForObject("select count(*) from tokenentry where processorname = ?",
                    Integer.class, processor);
            int alive = Math.max(1, jdbc.queryForObject(
                    "select count(*) from processor_node where seen_at > now() - make_interval(secs => ?)",
                    Integer.class, (double) deadAfter.toSeconds()));
            // No segments yet: the processor is about to create them, and claims them all like a lone instance.
            return segments == 0 ? Short.MAX_VALUE : (segments + alive - 1) / alive;
        } catch (RuntimeException unavailable) {
            // The database is away: keep what we hold rather than drop work.
            log.warn("Could not compute the fair share of {}: {}", processor, unavailable.toString());
            return Short.MAX_VALUE;
        }
    }

    private void beat() {
        try {
            jdbc.update("""
                    insert into processor_node (node_id, seen_at) values (?, now())
                    on conflict (node_id) do update set seen_at = excluded.seen_at""", node);
        } catch (RuntimeException unavailable) {
            log.warn("Heartbeat of node {} failed: {}", node, unavailable.toString());
        }
    }

    @Override
    public void start() {
        beat();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processor-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        heartbeat.shutdownNow();
        heartbeat = null;
        // Leaving cleanly: the others take over our segments at once instead of after the timeout.
        jdbc.update("delete from processor_node where node_id = ?", node);
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    /** Announce this node before the event processors start claiming, and leave after they stopped. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
