package cn.budgetledger.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A finance user who records a payment expects to see it at once. So a successful write to the API
 * answers only after this process's read models have caught up with the event store (bounded by a
 * timeout, after which the answer goes out anyway: the read models are eventually consistent).
 */
@Component
public class ReadYourWrites extends OncePerRequestFilter {

    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration timeout;

    public ReadYourWrites(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                          @Value("${ledger.read-your-writes.timeout:5s}") Duration timeout) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
            if (held.getStatus() < 500) {
                awaitReadModels();
            }
        } finally {
            held.copyBodyToResponse();
        }
    }

    /** Waits until every streaming processor running here has handled the newest event in the store. */
    public void awaitReadModels() {
        Long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        if (head == null) {
            return;
        }
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processors.stream().allMatch(processor -> hasReached(processor, head))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean hasReached(StreamingEventProcessor processor, long head) {
        return processor.processingStatus().values().stream()
                .filter(status -> !status.isErrorState())
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.isPresent() && position.getAsLong() >= head);
    }
}
