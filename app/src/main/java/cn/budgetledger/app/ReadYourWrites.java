package cn.budgetledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A finance user who records a payment expects to see it at once. So a successful write to the API
 * answers only after this process's read models have caught up with the event store (bounded by a
 * timeout: the read models are eventually consistent).
 * <p>
 * A write whose figures will not show it answers so, 202 instead of its 201 or 200, with
 * {@code {"code","message","recorded"}} ({@code recorded}: the answer it would have had; the write is recorded):
 * {@code READ_MODEL_DEAD_LETTER} when a unit-year it wrote has an event in a read model's dead-letter queue (its
 * later events wait behind that one until an administrator retries it), {@code READ_MODELS_BEHIND} when the read
 * models did not catch up within the timeout.
 */
@Component
public class ReadYourWrites extends OncePerRequestFilter {

    private static final long POLL_MILLIS = 5;
    private static final long TOKEN_POLL_MILLIS = 50;
    /** How Axon's token store names this instance as a segment's owner (its default). */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Duration perEvent;
    /** What the current request's commands wrote. */
    private final ThreadLocal<Written> written = new ThreadLocal<>();

    /** The unit-years (aggregates) a request's commands wrote events to, and how many events. */
    private record Written(Set<String> unitYears, AtomicLong events) {
    }

    public ReadYourWrites(EventProcessingConfiguration processing, NamedParameterJdbcTemplate jdbc, EventBus eventBus,
                          ObjectMapper json, @Value("${ledger.read-your-writes.timeout:5s}") Duration timeout,
                          @Value("${ledger.read-your-writes.per-event:1ms}") Duration perEvent) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.json = json;
        this.timeout = timeout;
        this.perEvent = perEvent;
        eventBus.registerDispatchInterceptor(events -> (index, event) -> {
            Written request = written.get();
            if (request != null && event instanceof DomainEventMessage<?> domainEvent) {
                request.unitYears().add(domainEvent.getAggregateIdentifier());
                request.events().incrementAndGet();
            }
            return event;
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        Written writes = new Written(ConcurrentHashMap.newKeySet(), new AtomicLong());
        Set<String> unitYears = writes.unitYears();
        written.set(writes);
        try {
            chain.doFilter(request, held);
            written.remove();
            if (held.getStatus() < 500 && writes.events().get() > 0) {
                // an import of a hundred thousand payments gives its read models the time they need to take them in
                Duration patience = timeout.plus(perEvent.multipliedBy(writes.events().get()));
                boolean caughtUp = awaitReadModels(patience);
                if (held.getStatus() / 100 == 2 && !unitYears.isEmpty()) {
                    if (!caughtUp) {
                        notYetShown(held, "READ_MODELS_BEHIND", "已记录，但读模型尚未更新：读模型未能在 "
                                + patience.toSeconds() + " 秒内跟上，余额、执行数等数字稍后才会包含本次记账");
                    } else if (deadLettered(unitYears)) {
                        notYetShown(held, "READ_MODEL_DEAD_LETTER", "已记录，但读模型尚未更新：该预算年度有事件未能写入读模型"
                                + "（已转入死信队列，等待管理员处理），余额、执行数等数字暂不包含本次记账");
                    }
                }
            }
        } finally {
            written.remove();
            held.copyBodyToResponse();
        }
    }

    /**
     * Waits until every streaming processor running here has handled the newest event in the store, a segment it let
     * go after a failed batch (until its retry) included; false if the timeout came first.
     */
    public boolean awaitReadModels() {
        return awaitReadModels(timeout);
    }

    /** As {@link #awaitReadModels()}, waiting at most the given time. */
    public boolean awaitReadModels(Duration timeout) {
        Long head = jdbc.getJdbcTemplate().queryForObject("select max(globalindex) from domainevententry", Long.class);
        if (head == null) {
            return true;
        }
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (processors.values().stream().allMatch(processor -> hasReached(processor, head))) {
                if (segmentsLetGoHaveReached(processors, head)) {
                    return true;
                }
                pause(TOKEN_POLL_MILLIS);
            } else {
                pause(POLL_MILLIS);
            }
            if (Thread.currentThread().isInterrupted() || System.nanoTime() >= deadline) {
                return false;
            }
        }
    }

    private static boolean hasReached(StreamingEventProcessor processor, long head) {
        return processor.processingStatus().values().stream().allMatch(status -> !status.isErrorState()
                && reached(status, head));
    }

    private static boolean reached(EventTrackerStatus status, long head) {
        return status.getCurrentPosition().isPresent() && status.getCurrentPosition().getAsLong() >= head;
    }

    /**
     * A segment this instance let go after a failed batch, until its coordinator claims it again for the retry, has
     * no status here; its stored token says how far it is.
     */
    private boolean segmentsLetGoHaveReached(Map<String, StreamingEventProcessor> processors, long head) {
        if (processors.isEmpty()) {
            return true;
        }
        List<Map<String, Object>> tokens = jdbc.queryForList("""
                select processorname, segment, token from tokenentry
                where processorname in (:processors) and (owner is null or owner = :owner)""",
                Map.of("processors", processors.keySet(), "owner", OWNER));
        return tokens.stream().allMatch(token -> processors.get((String) token.get("processorname")).processingStatus()
                .containsKey(((Number) token.get("segment")).intValue())
                || token.get("token") instanceof byte[] stored && position(read(stored)) >= head);
    }

    private JsonNode read(byte[] token) {
        try {
            return json.readTree(token);
        } catch (IOException unreadable) {
            return json.nullNode();
        }
    }

    /** A gap-aware token's index; a replay token's current one. */
    private static long position(JsonNode token) {
        if (token.has("currentToken")) {
            return position(token.path("currentToken"));
        }
        return token.path("index").asLong(-1);
    }

    /** Asked after every write: by processing group and sequence, the queue's index, however many letters wait. */
    private boolean deadLettered(Set<String> unitYears) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from deadletterentry
                               where processinggroup in (:processors) and sequenceidentifier in (:unitYears))""",
                Map.of("processors", processing.eventProcessors().keySet(), "unitYears", unitYears), Boolean.class));
    }

    private void notYetShown(ContentCachingResponseWrapper held, String code, String message) throws IOException {
        JsonNode recorded = read(held.getContentAsByteArray());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("message", message);
        answer.put("recorded", recorded.isMissingNode() ? null : recorded);
        held.resetBuffer();
        held.setStatus(HttpStatus.ACCEPTED.value());
        held.setContentType(MediaType.APPLICATION_JSON_VALUE);
        held.setCharacterEncoding(StandardCharsets.UTF_8.name());
        held.getOutputStream().write(json.writeValueAsBytes(answer));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
