package cn.budgetledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes answer as soon as they are recorded; reads wait for them only when asked. A successful write to the API
 * answers from the aggregate's outcome at once, with its consistency position: the store's global index after its
 * events, in the header {@code Ledger-Position} (and, for a browser session, the cookie {@code ledger-after}). A read
 * that must see a given write names the position ({@code ?after=} or the header {@code Ledger-After}; the browser's
 * cookie does so for every page and its scripts) and is answered once this process's read models have handled
 * the store up to it, or 503 {@code READ_MODELS_BEHIND} (API) if they did not within the timeout; {@code latest}
 * names the store's head when the read arrives (every write acknowledged before it).
 * <p>
 * A write sent with {@code Prefer: read-your-writes} keeps the older contract: it answers only once the read models
 * have caught up, and a write whose figures will not show it answers so, 202 instead of its 201 or 200, with
 * {@code {"code","message","recorded"}} ({@code recorded}: the answer it would have had; the write is recorded):
 * {@code READ_MODEL_DEAD_LETTER} when a unit-year it wrote has an event in a read model's dead-letter queue (its
 * later events wait behind that one until an administrator retries it), {@code READ_MODELS_BEHIND} when the read
 * models did not catch up within the timeout.
 */
@Component
// just before the payment fast path, the last filter, whose payments go no further
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ReadYourWrites extends OncePerRequestFilter {

    public static final String POSITION_HEADER = "Ledger-Position";
    public static final String AFTER_HEADER = "Ledger-After";
    public static final String AFTER_PARAMETER = "after";
    public static final String BEHIND_HEADER = "Ledger-Behind";
    public static final String LATEST = "latest";
    public static final String AFTER_COOKIE = "ledger-after";
    public static final String PREFERENCE = "read-your-writes";
    private static final long POLL_MILLIS = 5;
    private static final long TOKEN_POLL_MILLIS = 50;
    /** A request's position when the store's head could not be read after one of its commits. */
    private static final long UNKNOWN = -2;
    /** How Axon's token store names this instance as a segment's owner (its default). */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Duration perEvent;
    /** What the current request's commands wrote. */
    private final ThreadLocal<Written> written = new ThreadLocal<>();

    /**
     * The unit-years (aggregates) a request's commands wrote events to, and how many events; the commands it sent
     * (their events may be appended on another thread: a group commit's, a retry's); the store's head once they were
     * committed, -1 until known, {@link #UNKNOWN} if the head could not be read after one of its commits.
     */
    private record Written(Set<String> unitYears, AtomicLong events, Set<String> commands, AtomicLong position) {

        Written() {
            this(ConcurrentHashMap.newKeySet(), new AtomicLong(), ConcurrentHashMap.newKeySet(), new AtomicLong(-1));
        }
    }

    /** An event a request's command appended, in a unit of work not yet committed. */
    private record Appended(Written request, String unitYear) {
    }

    /** The events of a unit of work (a group commit's batch, a lone command) that requests wait for. */
    private static final String APPENDED = ReadYourWrites.class.getName() + ".appended";

    /** Each command a request sent, until the request is answered: an event names its command as its correlation. */
    private final Map<String, Written> byCommand = new ConcurrentHashMap<>();

    public ReadYourWrites(EventProcessingConfiguration processing, NamedParameterJdbcTemplate jdbc, EventBus eventBus,
                          CommandGateway commandGateway,
                          ObjectMapper json, @Value("${ledger.read-your-writes.timeout:5s}") Duration timeout,
                          @Value("${ledger.read-your-writes.per-event:1ms}") Duration perEvent) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.json = json;
        this.timeout = timeout;
        this.perEvent = perEvent;
        commandGateway.registerDispatchInterceptor(commands -> (index, command) -> {
            Written request = written.get();
            if (request != null) {
                request.commands().add(command.getIdentifier());
                byCommand.put(command.getIdentifier(), request);
            }
            return command;
        });
        eventBus.registerDispatchInterceptor(events -> (index, event) -> {
            // whichever thread appends it (the request's, a group commit's, a retry's), an event names its command
            Written request = byCommand.get(String.valueOf(event.getMetaData().get(MessageOriginProvider.getDefaultCorrelationKey())));
            if (request != null && event instanceof DomainEventMessage<?> domainEvent) {
                Appended appended = new Appended(request, domainEvent.getAggregateIdentifier());
                // counted once committed: a batch rolled back and run again command by command counts once
                if (CurrentUnitOfWork.isStarted()) {
                    appendedIn(CurrentUnitOfWork.get().root()).add(appended);
                } else {
                    count(List.of(appended), -1);
                }
            }
            return event;
        });
    }

    /**
     * What a unit of work appended for requests, counted once it commits, with one position for all of them: the
     * store's head read once per commit (a group commit's batch answers many requests), not once per request. A unit
     * of work stays on its thread, so the list needs no lock.
     */
    private List<Appended> appendedIn(UnitOfWork<?> root) {
        return root.getOrComputeResource(APPENDED, key -> {
            List<Appended> appended = new ArrayList<>();
            root.afterCommit(committed -> count(appended, headOrUnknown()));
            return appended;
        });
    }

    private static void count(List<Appended> appended, long position) {
        for (Appended event : appended) {
            event.request().unitYears().add(event.unitYear());
            event.request().events().incrementAndGet();
            // one commit whose head is unknown leaves the request's unknown: it asks for the head itself
            event.request().position().accumulateAndGet(position,
                    (known, head) -> known == UNKNOWN || head < 0 ? UNKNOWN : Math.max(known, head));
        }
    }

    /** After a commit the write is recorded whatever this answers: a failure leaves the request to ask again. */
    private long headOrUnknown() {
        try {
            Long head = head();
            return head == null ? -1 : head;
        } catch (RuntimeException unavailable) {
            return -1;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return switch (request.getMethod()) {
            // a PUT (a spending plan, a review setting) records as a POST does
            case "POST", "PUT", "PATCH", "DELETE" -> !uri.startsWith("/api/");
            // scripts, styles, icons and the sign-in page never show figures
            case "GET" -> uri.startsWith("/js/") || uri.startsWith("/css/") || uri.startsWith("/webjars/")
                    || uri.startsWith("/favicon") || uri.startsWith("/login");
            default -> true;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())) {
            read(request, response, chain);
        } else {
            write(request, response, chain);
        }
    }

    /**
     * A position a read asks for. Only a position named by the request itself is a must: past the timeout such an
     * API read answers 503. One asked as {@code latest} (every write acknowledged before the read) or by the
     * browser's cookie is answered with what there is, flagged {@code Ledger-Behind}.
     */
    private record Asked(long position, boolean must) {
    }

    private void read(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Asked asked = requestedPosition(request);
        if (asked != null && !awaitPosition(asked.position(), timeout)) {
            if (asked.must() && request.getRequestURI().startsWith("/api/")) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setHeader("Retry-After", "1");
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getOutputStream().write(json.writeValueAsBytes(Map.of("code", "READ_MODELS_BEHIND",
                        "message", "读模型尚未更新到所要求的位置 " + asked.position() + "：未能在 " + timeout.toSeconds()
                                + " 秒内跟上，请稍后再查")));
                return;
            }
            response.setHeader(BEHIND_HEADER, String.valueOf(asked.position()));
        }
        chain.doFilter(request, response);
    }

    /** The position a read asks for: the parameter, the header, else the browser session's cookie; null if none. */
    private Asked requestedPosition(HttpServletRequest request) {
        String asked = request.getParameter(AFTER_PARAMETER);
        if (asked == null) {
            asked = request.getHeader(AFTER_HEADER);
        }
        boolean must = asked != null;
        if (asked == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (AFTER_COOKIE.equals(cookie.getName())) {
                    asked = cookie.getValue();
                }
            }
        }
        if (asked == null || asked.isBlank()) {
            return null;
        }
        if (LATEST.equalsIgnoreCase(asked.trim())) {
            Long head = head();
            return head == null ? null : new Asked(head, false);
        }
        long position;
        try {
            position = Long.parseLong(asked.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
        // a position past the store's head names no write yet: waiting for it would only hold a thread
        Long head = head();
        return head == null ? null : new Asked(Math.min(position, head), must);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        Written writes = new Written();
        Set<String> unitYears = writes.unitYears();
        written.set(writes);
        try {
            chain.doFilter(request, held);
            written.remove();
            if (held.getStatus() < 500 && writes.events().get() > 0) {
                long known = writes.position().get();
                Long position = known >= 0 ? known : head();
                if (position != null) {
                    held.setHeader(POSITION_HEADER, position.toString());
                    if (request.getSession(false) != null) {
                        held.addHeader("Set-Cookie", AFTER_COOKIE + "=" + position + "; Path=/; HttpOnly; SameSite=Strict");
                    }
                }
                if (prefersReadYourWrites(request)) {
                    held.setHeader("Preference-Applied", PREFERENCE);
                    // an import of a hundred thousand payments gives its read models the time they need to take them in
                    Duration patience = timeout.plus(perEvent.multipliedBy(writes.events().get()));
                    boolean caughtUp = position == null || awaitPosition(position, patience);
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
            }
        } finally {
            written.remove();
            writes.commands().forEach(byCommand::remove);
            held.copyBodyToResponse();
        }
    }

    private static boolean prefersReadYourWrites(HttpServletRequest request) {
        var preferences = request.getHeaders("Prefer");
        while (preferences.hasMoreElements()) {
            for (String preference : preferences.nextElement().split(",")) {
                if (PREFERENCE.equalsIgnoreCase(preference.trim())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The store's newest global index; after a write's commit, at or beyond each of its events. */
    private Long head() {
        return jdbc.getJdbcTemplate().queryForObject("select max(globalindex) from domainevententry", Long.class);
    }

    /**
     * Waits until every streaming processor running here has handled the newest event in the store, a segment it let
     * go after a failed batch (until its retry) included, and the store is quiet: a processor may append events of its
     * own (the year-end carry-forward opens the next year), so the newest event is asked again until it stays the
     * same; false if the timeout came first.
     */
    public boolean awaitReadModels() {
        return awaitReadModels(timeout);
    }

    /** As {@link #awaitReadModels()}, waiting at most the given time. */
    public boolean awaitReadModels(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Long head = head();
        while (head != null) {
            if (!awaitPosition(head, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
            Long now = head();
            if (head.equals(now)) {
                return true;
            }
            head = now;
        }
        return true;
    }

    /**
     * Waits until every streaming processor running here has handled the store up to the position, a segment it let
     * go after a failed batch (until its retry) included; false if the timeout came first. Each look takes the
     * segments' statuses once, before their stored tokens: a segment let go without a status is judged by its stored
     * token, which moves only when a batch commits, even if it is claimed again meanwhile (it was taken for a second
     * time, after the tokens, and so passed unchecked while its batch kept failing).
     */
    public boolean awaitPosition(long head, Duration timeout) {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Map<Integer, EventTrackerStatus>> statuses = new LinkedHashMap<>();
            processors.forEach((name, processor) -> statuses.put(name, Map.copyOf(processor.processingStatus())));
            if (statuses.values().stream().allMatch(segments -> haveReached(segments, head))) {
                if (segmentsLetGoHaveReached(statuses, head)) {
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

    private boolean haveReached(Map<Integer, EventTrackerStatus> segments, long head) {
        return segments.values().stream().allMatch(status -> !status.isErrorState() && reached(status, head));
    }

    /**
     * At or past the position, with no event at or below it that the processor skipped as not yet committed (a gap)
     * and that is committed now: a write committed after a later one is shown only once the processor has gone back
     * for it. A gap left by a rolled-back append holds no event and holds nothing up.
     */
    private boolean reached(EventTrackerStatus status, long head) {
        if (status.getCurrentPosition().isEmpty() || status.getCurrentPosition().getAsLong() < head) {
            return false;
        }
        if (!(status.getTrackingToken() instanceof GapAwareTrackingToken token)) {
            return true;
        }
        List<Long> gaps = token.getGaps().headSet(head + 1).stream().toList();
        return gaps.isEmpty() || !Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from domainevententry where globalindex in (:gaps))", Map.of("gaps", gaps),
                Boolean.class));
    }

    /**
     * A segment this instance let go after a failed batch, until its coordinator claims it again for the retry, has
     * no status here; its stored token says how far it is.
     */
    private boolean segmentsLetGoHaveReached(Map<String, Map<Integer, EventTrackerStatus>> statuses, long head) {
        if (statuses.isEmpty()) {
            return true;
        }
        List<Map<String, Object>> tokens = jdbc.queryForList("""
                select processorname, segment, token from tokenentry
                where processorname in (:processors) and (owner is null or owner = :owner)""",
                Map.of("processors", statuses.keySet(), "owner", OWNER));
        return tokens.stream().allMatch(token -> statuses.get((String) token.get("processorname"))
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
