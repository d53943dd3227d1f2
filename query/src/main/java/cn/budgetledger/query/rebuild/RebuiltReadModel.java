package cn.budgetledger.query.rebuild;

import cn.budgetledger.api.LedgerException;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** One processor's read model during a rebuild: its handlers, and its segments' tokens, held until the end. */
final class RebuiltReadModel {

    private final StreamingEventProcessor processor;
    private final EventHandlerInvoker handlers;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;
    private final TokenStore tokens;
    private List<Segment> segments = List.of();

    RebuiltReadModel(StreamingEventProcessor processor, EventHandlerInvoker handlers,
                     SequencingPolicy<? super EventMessage<?>> sequencing, TokenStore tokens) {
        this.processor = processor;
        this.handlers = handlers;
        this.sequencing = sequencing;
        this.tokens = tokens;
    }

    String name() {
        return processor.getName();
    }

    void stop() {
        processor.shutDown();
    }

    void start() {
        processor.start();
    }

    /** Claims every segment (fails if another instance holds one), empties the tables, restarts from the first event. */
    void claimAndEmpty() {
        int[] ids = tokens.fetchSegments(name());
        if (ids.length == 0) {
            // Its processor has not written its first tokens yet: it would replay the chunks a second time.
            throw LedgerException.conflict("READ_MODELS_STARTING", "读模型仍在启动，请稍后再重建");
        }
        segments = Arrays.stream(ids).mapToObj(id -> Segment.computeSegment(id, ids)).toList();
        for (Segment segment : segments) {
            tokens.fetchToken(name(), segment.getSegmentId());
        }
        handlers.performReset();
        segments.forEach(segment -> storeToken(null, segment));
    }

    /** This read model's share of a worker's work: every workers-th segment, from the given one on. */
    List<Segment> segmentsOf(int worker, int workers) {
        return IntStream.range(0, segments.size()).filter(i -> i % workers == worker).mapToObj(segments::get).toList();
    }

    /** Hands the event to the handlers if it belongs to one of the given segments (by its unit-year, as Axon splits). */
    void handle(EventMessage<?> event, List<Segment> some) throws Exception {
        Object sequence = Objects.requireNonNullElseGet(sequencing.getSequenceIdentifierFor(event), event::getIdentifier);
        for (Segment segment : some) {
            if (segment.matches(sequence)) {
                handlers.handle(event, segment);
                return;
            }
        }
    }

    void storeToken(TrackingToken token, Segment segment) {
        tokens.storeToken(token, name(), segment.getSegmentId());
    }

    void releaseClaims() {
        for (Segment segment : segments) {
            tokens.releaseClaim(name(), segment.getSegmentId());
        }
    }
}
