package cn.budgetledger.app.deadletters;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.query.rebuild.GivenUpEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read models' dead letters for administrators: listed and read from the queue's table, retried and evicted
 * through Axon's queue and processor (a retry takes the unit-year's letters in order, from its first).
 */
@Component
public class DeadLetters implements GivenUpEvents {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final String COLUMNS = """
            deadletteridentifier, processinggroup, sequenceidentifier, sequenceindex, payloadtype, eventidentifier,
            sequencenumber, causetype, causemessage, enqueuedat, lasttouched, diagnostics, payload, metadata""";

    private final NamedParameterJdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final ObjectMapper json;

    public DeadLetters(NamedParameterJdbcTemplate jdbc, EventProcessingConfiguration processing,
                       TransactionManager transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.transactions = transactions;
        this.json = json;
    }

    /** Every dead letter, unit-year by unit-year, in the order they will be retried. */
    public List<DeadLetterView> all() {
        return jdbc.query("select " + COLUMNS + " from deadletterentry order by processinggroup, sequenceidentifier, "
                + "sequenceindex", (rs, row) -> view(rs, false));
    }

    public DeadLetterView one(String id) {
        return letter(id, true);
    }

    /** Retries the unit-year of this letter in its read model, from its first letter; a failure keeps the letter. */
    public RetryResult retry(String id) {
        DeadLetterView letter = letter(id, false);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(letter.processor())
                .orElseThrow(() -> LedgerException.conflict("DEAD_LETTER_PROCESSOR_ABSENT",
                        "读模型 " + letter.processor() + " 不在本实例运行，无法重试"));
        boolean succeeded;
        String message;
        try {
            succeeded = processor.process(first -> unitYearOf(first).equals(letter.unitYear()));
            message = succeeded ? "已重试：事件已写入读模型" : "重试失败：事件仍在死信队列中";
        } catch (RuntimeException failed) {
            log.warn("Retrying the dead letters of {} in {} failed", letter.unitYear(), letter.processor(), failed);
            succeeded = false;
            message = "重试失败：" + FailuresOfTheEventItself.storable(failed).message();
        }
        int remaining = remaining(letter.processor(), letter.unitYear());
        log.info("Dead letters of {} in {} retried: {} left", letter.unitYear(), letter.processor(), remaining);
        return new RetryResult(letter.processor(), letter.unitYear(), succeeded && remaining == 0, remaining,
                remaining == 0 ? message : message + "（该预算年度尚有 " + remaining + " 个事件在死信队列中）");
    }

    /** Gives up on one letter: the read model will never show its event. Logged with who, why and the event. */
    public void evict(String id, String reason, String administrator) {
        if (reason == null || reason.isBlank()) {
            throw LedgerException.invalid("EVICTION_REASON_REQUIRED", "请填写放弃该事件的原因");
        }
        DeadLetterView letter = letter(id, false);
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(letter.processor())
                .orElseThrow(() -> LedgerException.conflict("DEAD_LETTER_PROCESSOR_ABSENT",
                        "读模型 " + letter.processor() + " 不在本实例运行，无法处理"));
        transactions.executeInTransaction(() -> {
            int logged = jdbc.update("""
                    insert into dead_letter_eviction (processing_group, sequence_identifier, event_identifier, payload_type,
                                                      payload, cause_message, reason, evicted_by)
                    select processinggroup, sequenceidentifier, eventidentifier, payloadtype, payload, causemessage,
                           :reason, :administrator
                    from deadletterentry where deadletteridentifier = :id""",
                    Map.of("id", id, "reason", reason.strip(), "administrator", administrator));
            if (logged == 0) {
                throw notFound(id);
            }
            for (DeadLetter<? extends EventMessage<?>> queued : queue.deadLetterSequence(letter.unitYear())) {
                if (queued instanceof JdbcDeadLetter<?> stored && stored.getIdentifier().equals(id)) {
                    queue.evict(queued);
                }
            }
        });
        log.warn("Dead letter {} ({} of {} in {}) evicted by {}: {}", id, letter.eventType(), letter.unitYear(),
                letter.processor(), administrator, reason);
    }

    @Override
    public Set<String> of(String processingGroup) {
        return Set.copyOf(jdbc.queryForList("select event_identifier from dead_letter_eviction where processing_group = :group",
                Map.of("group", processingGroup), String.class));
    }

    private int remaining(String processor, String unitYear) {
        Integer count = jdbc.queryForObject("""
                select count(*) from deadletterentry where processinggroup = :processor and sequenceidentifier = :unitYear""",
                Map.of("processor", processor, "unitYear", unitYear), Integer.class);
        return count == null ? 0 : count;
    }

    private DeadLetterView letter(String id, boolean withEvent) {
        return jdbc.query("select " + COLUMNS + " from deadletterentry where deadletteridentifier = :id", Map.of("id", id),
                (rs, row) -> view(rs, withEvent)).stream().findFirst().orElseThrow(() -> notFound(id));
    }

    private static LedgerException notFound(String id) {
        return LedgerException.notFound("DEAD_LETTER_NOT_FOUND", "死信不存在（可能已重试成功或已放弃）：" + id);
    }

    private static String unitYearOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : "";
    }

    private DeadLetterView view(ResultSet rs, boolean withEvent) throws SQLException {
        JsonNode payload = read(rs.getBytes("payload"));
        JsonNode diagnostics = read(rs.getBytes("diagnostics"));
        String payloadType = rs.getString("payloadtype");
        String date = payload.path("date").asText(null);
        return new DeadLetterView(rs.getString("deadletteridentifier"), rs.getString("processinggroup"),
                rs.getString("sequenceidentifier"), rs.getLong("sequenceindex"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), rs.getString("eventidentifier"),
                (Long) rs.getObject("sequencenumber"), date, rs.getString("causetype") != null,
                rs.getString("causetype"), rs.getString("causemessage"), rs.getString("enqueuedat"),
                rs.getString("lasttouched"), diagnostics.path(FailuresOfTheEventItself.RETRIES).asInt(0),
                withEvent ? payload : null, withEvent ? read(rs.getBytes("metadata")) : null);
    }

    private JsonNode read(byte[] serialized) {
        if (serialized == null) {
            return json.missingNode();
        }
        try {
            return json.readTree(serialized);
        } catch (IOException unreadable) {
            return json.getNodeFactory().textNode(new String(serialized, StandardCharsets.UTF_8));
        }
    }
}
