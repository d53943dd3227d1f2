package cn.budgetledger.app.upcasting;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Events stored before lines had an origin (revision none → 2): every line they name gets the origin it had
 * then (上年结转 for the old pseudo fund source 上年结转结余, else 本年), and an allocation document its 指标类型
 * (上年结转 when it allocated such carried lines, else 年初批复). The lines' ids do not change.
 */
public class LinesGetTheirOrigin extends SingleEventUpcaster {

    static final String REVISION = "2";
    private static final Set<String> NAMING_LINES = Stream.of(BudgetAllocatedEvent.class, AdjustmentApprovedEvent.class,
            PaymentRecordedEvent.class, PaymentRefusedEvent.class, PaymentReversedEvent.class,
            BudgetYearClosedEvent.class).map(Class::getName).collect(Collectors.toUnmodifiableSet());
    private static final String ALLOCATED = BudgetAllocatedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && NAMING_LINES.contains(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return event.upcastPayload(new SimpleSerializedType(type, REVISION), JsonNode.class, payload -> {
            boolean carried = nameOrigins(payload);
            if (type.equals(ALLOCATED) && payload instanceof ObjectNode allocation && !allocation.has("allocationType")) {
                allocation.put("allocationType", (carried ? AllocationType.CARRIED_OVER
                        : AllocationType.INITIAL_APPROVAL).label());
            }
            return payload;
        });
    }

    /**
     * Names the origin of every line in the tree; whether one of them was carried. A fund source it cannot read is
     * left for the deserializer to refuse, so one unreadable event fails alone.
     */
    private static boolean nameOrigins(JsonNode node) {
        boolean carried = false;
        if (node instanceof ObjectNode object && object.has("functionalCode") && object.has("fundSource")
                && !object.has("origin")) {
            Optional<Origin> origin = originBefore(object.get("fundSource").asText());
            origin.ifPresent(known -> object.put("origin", known.label()));
            carried = origin.filter(Origin.CARRIED_OVER::equals).isPresent();
        }
        for (JsonNode child : node) {
            carried |= nameOrigins(child);
        }
        return carried;
    }

    private static Optional<Origin> originBefore(String fundSource) {
        try {
            return Optional.of(Origin.before(FundSource.of(fundSource)));
        } catch (LedgerException unreadable) {
            return Optional.empty();
        }
    }
}
