package cn.budgetledger.app.indicators;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The five indicators recomputed in plain Java from a unit-year's raw event stream, knowing nothing of
 * the read model or the query module: what the read model is held against.
 */
final class IndicatorsFromEvents {

    private static final Set<String> THREE_PUBLIC = Set.of("30212", "30217", "30231", "31013");
    /** 财政拨款 (domain.md): the 三公 indicator counts these fund sources only. */
    private static final Set<String> FISCAL_APPROPRIATION = Set.of("一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款");

    private record Movement(LocalDate date, LineKey line, long fen) {
    }

    private record Refusal(long sequence, LocalDate date, String voucher, LineKey line, long fen) {
    }

    private record Document(LocalDate date, Set<LineKey> lines) {
    }

    private final Map<LineKey, ProjectCategory> categories = new LinkedHashMap<>();
    private final List<Movement> allocations = new ArrayList<>();
    private final List<Movement> adjustments = new ArrayList<>();
    private final List<Movement> payments = new ArrayList<>();
    private final List<Movement> reversals = new ArrayList<>();
    private final Map<String, List<LocalDate>> paidVouchers = new HashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();

    IndicatorsFromEvents(EventStore eventStore, UnitYear budget) {
        // From sequence number 0: readEvents(id) alone would start at the aggregate's latest snapshot.
        eventStore.readEvents(budget.toString(), 0).asStream().forEach(this::read);
    }

    private void read(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof BudgetAllocatedEvent allocated) {
            for (Allocation allocation : allocated.allocations()) {
                categories.putIfAbsent(allocation.line(), allocation.project().category());
                allocations.add(new Movement(allocated.date(), allocation.line(), allocation.amount().fen()));
            }
        } else if (event instanceof AdjustmentApprovedEvent adjusted) {
            Set<LineKey> touched = new HashSet<>();
            for (AdjustmentEntry entry : adjusted.entries()) {
                categories.putIfAbsent(entry.line(), entry.project().category());
                adjustments.add(new Movement(adjusted.date(), entry.line(), entry.amount().fen()));
                touched.add(entry.line());
            }
            documents.add(new Document(adjusted.date(), touched));
        } else if (event instanceof PaymentRecordedEvent paid) {
            payments.add(new Movement(paid.date(), paid.line(), paid.amount().fen()));
            paidVouchers.computeIfAbsent(paid.voucher(), voucher -> new ArrayList<>()).add(paid.date());
        } else if (event instanceof PaymentReversedEvent reversed) {
            reversals.add(new Movement(reversed.date(), reversed.line(), reversed.amount().fen()));
        } else if (event instanceof PaymentRefusedEvent refused) {
            refusals.add(new Refusal(message.getSequenceNumber(), refused.date(), refused.voucher(), refused.line(),
                    refused.requested().fen()));
        }
    }

    /** How many refused vouchers were paid on a later attempt: the test's year must have some. */
    long refusalsPaidLater() {
        return refusals.stream().map(Refusal::voucher).distinct().filter(paidVouchers::containsKey).count();
    }

    long reversals() {
        return reversals.size();
    }

    Set<LineKey> lines() {
        return categories.keySet();
    }

    /** The formats.md figures of the lines the predicate selects, as the API writes them. */
    Map<String, Object> figures(LocalDate asOf, Predicate<LineKey> scope) {
        long original = sum(allocations, asOf, scope);
        long adjusted = original + sum(adjustments, asOf, scope);
        long executed = sum(payments, asOf, scope) - sum(reversals, asOf, scope);
        Predicate<LineKey> operating = line -> scope.test(line) && categories.get(line) != ProjectCategory.SPECIFIC_PURPOSE;
        Predicate<LineKey> threePublic = line -> scope.test(line) && THREE_PUBLIC.contains(line.economicCode().value())
                && FISCAL_APPROPRIATION.contains(line.fundSource().label());
        long met = sum(payments, asOf, operating) - sum(reversals, asOf, operating);
        long unmet = unmet(asOf, operating);
        long threePublicOriginal = sum(allocations, asOf, threePublic);
        long threePublicExecuted = sum(payments, asOf, threePublic) - sum(reversals, asOf, threePublic);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("original", yuan(original));
        figures.put("adjusted", yuan(adjusted));
        figures.put("executed", yuan(executed));
        // the stream freezes nothing and reviews nothing: no commitment stands between adjusted and available
        figures.put("frozen", yuan(0));
        figures.put("awaitingReview", yuan(0));
        figures.put("available", yuan(adjusted - executed));
        figures.put("executionRate", adjusted == 0 ? null : percent(executed, adjusted));
        figures.put("accuracyDeviation", original == 0 ? null : percent(Math.abs(executed - original), original));
        figures.put("adjustmentCount", (int) documents.stream()
                .filter(document -> !document.date().isAfter(asOf) && document.lines().stream().anyMatch(scope)).count());
        figures.put("operationGuaranteeRate", met + unmet == 0 ? null : percent(met, met + unmet));
        figures.put("threePublicControlRate", threePublicOriginal == 0
                ? (threePublicExecuted == 0 ? "0.00" : null) : percent(threePublicExecuted, threePublicOriginal));
        return figures;
    }

    /** For each voucher refused by asOf and not paid by asOf, its latest refusal, if on the scope's lines. */
    private long unmet(LocalDate asOf, Predicate<LineKey> scope) {
        Map<String, Refusal> latest = new HashMap<>();
        for (Refusal refusal : refusals) {
            if (refusal.date().isAfter(asOf)) {
                continue;
            }
            latest.merge(refusal.voucher(), refusal, (a, b) ->
                    a.date().isAfter(b.date()) || (a.date().equals(b.date()) && a.sequence() > b.sequence()) ? a : b);
        }
        return latest.values().stream()
                .filter(refusal -> paidVouchers.getOrDefault(refusal.voucher(), List.of()).stream()
                        .allMatch(date -> date.isAfter(asOf)))
                .filter(refusal -> scope.test(refusal.line()))
                .mapToLong(Refusal::fen).sum();
    }

    private static long sum(List<Movement> movements, LocalDate asOf, Predicate<LineKey> scope) {
        return movements.stream().filter(movement -> !movement.date().isAfter(asOf) && scope.test(movement.line()))
                .mapToLong(Movement::fen).sum();
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static String percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
