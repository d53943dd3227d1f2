package cn.budgetledger.app.deadletters;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dead letter as administrators see it: which read model, which unit-year and where in its queue, which event (type,
 * business date), why it failed ({@code failed} false: it only waits behind an earlier failure of its unit-year),
 * when, and how often a retry failed. One letter read alone also carries the event's payload and metadata.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterView(String id, String processor, String unitYear, long position, String eventType,
                             String eventId, Long eventSequence, String businessDate, boolean failed, String causeType,
                             String cause, String enqueuedAt, String lastTouched, int retries, JsonNode payload,
                             JsonNode metaData) {
}
