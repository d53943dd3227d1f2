package cn.budgetledger.query.rebuild;

import cn.budgetledger.api.LedgerException;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One processor's read model during a rebuild: its handlers, the tables they write, and its segments, claimed
 * until the end. Its tokens stay where they are until the rebuilt rows are swapped in.
 */
final class RebuiltReadModel {

    private final StreamingEventProcessor processor;
    private final List<EventMessageHandler> handlers;
    private final List<String> tables;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;
    private final TokenStore tokens;
    private final Set<String> givenUp;
    private List<Segment> segments = List.of();

    /**
     * The handlers are called directly, not through the processor's invoker: its error handler (or a dead-letter
     * queue) would skip an event the rebuilt tables must not miss. Each handler's component must say which tables
     * it writes, or the rebuild could not write them aside. Events given up for this read model are passed over.
     */
    RebuiltReadModel(StreamingEventProcessor processor, EventHandlerInvoker invoker,
                     SequencingPolicy<? super EventMessage<?>> sequencing, TokenStore tokens,
                     Collection<? extends ReadModelTables> declared, Set<String> givenUp) {
        this.processor = processor;
        this.handlers = handlersOf(invoker).toList();
        this.tables = handlers.stream().flatMap(handler -> tablesOf(handler, declared).stream()).distinct().toList();
        this.sequencing = sequencing;
        this.tokens = tokens;
        this.givenUp = Set.copyOf(givenUp);
    }

    String name() {
        return processor.getName();
    }

    List<String> tables() {
        return tables;
    }

    void stop() {
        processor.shutDown();
    }

    void start() {
        processor.start();
    }

    /** Claims every segment, so that no processor writes this read model meanwhile (fails if another instance holds one). */
    void claim() {
        int[] ids = tokens.fetchSegments(name());
        if (ids.length == 0) {
            // Its processor has not written its first tokens yet: it would replay the chunks a second time.
            throw LedgerException.conflict("READ_MODELS_STARTING", "读模型仍在启动，请稍后再重建");
        }
        segments = Arrays.stream(ids).mapToObj(id -> Segment.computeSegment(id, ids)).toList();
        for (Segment segment : segments) {
            tokens.fetchToken(name(), segment.getSegmentId());
        }
    }

    /** This read model's share of a worker's work: every workers-th segment, from the given one on. */
    List<Segment> segmentsOf(int worker, int workers) {
        return IntStream.range(0, segments.size()).filter(i -> i % workers == worker).mapToObj(segments::get).toList();
    }

    /** Hands the event to the handlers if it belongs to one of the given segments (by its unit-year, as Axon splits). */
    void handle(EventMessage<?> event, List<Segment> some) throws Exception {
        Object sequence = Objects.requireNonNullElseGet(sequencing.getSequenceIdentifierFor(event), event::getIdentifier);
        if (!inAny(some, sequence) || givenUp.contains(event.getIdentifier())) {
            return;
        }
        for (EventMessageHandler handler : handlers) {
            handler.handle(event); // a component without a handler for the event answers null
        }
    }

    /** A plain loop: this runs for every event, read model and worker of a rebuild. */
    private static boolean inAny(List<Segment> some, Object sequence) {
        for (Segment segment : some) {
            if (segment.matches(sequence)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the claims while the rebuild is still writing aside (they would time out, and another instance take them). */
    void extendClaims() {
        segments.forEach(segment -> tokens.extendClaim(name(), segment.getSegmentId()));
    }

    /** Every segment's token after the given event (null: the store is empty), with the rebuilt rows. */
    void storeTokens(TrackingToken last) {
        segments.forEach(segment -> tokens.storeToken(last, name(), segment.getSegmentId()));
    }

    void releaseClaims() {
        for (Segment segment : segments) {
            tokens.releaseClaim(name(), segment.getSegmentId());
        }
    }

    private static Stream<EventMessageHandler> handlersOf(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker several) {
            return several.delegates().stream().flatMap(RebuiltReadModel::handlersOf);
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream();
        }
        throw new IllegalStateException("Cannot rebuild through an event handler invoker of type " + invoker.getClass());
    }

    private static List<String> tablesOf(EventMessageHandler handler, Collection<? extends ReadModelTables> declared) {
        Class<?> component = handler.getTargetType();
        return declared.stream().filter(tables -> ClassUtils.getUserClass(tables) == component).findFirst()
                .map(ReadModelTables::readModelTables)
                .orElseThrow(() -> new IllegalStateException(component.getName() + " can be replayed but does not say "
                        + "which tables it writes (ReadModelTables): a rebuild would write into the tables in use"));
    }
}
