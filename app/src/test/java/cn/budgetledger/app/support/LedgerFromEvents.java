package cn.budgetledger.app.support;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.AllocationCorrectedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.FreezePlacedEvent;
import cn.budgetledger.api.events.FreezeReleasedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger recomputed in plain Java from every event in the store, in the order each unit-year recorded
 * them: the truth the read models are held against. Knows nothing of the projection's code.
 */
public final class LedgerFromEvents {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Set<String> MONEY_EVENTS = Set.of(BudgetAllocatedEvent.class.getName(),
            AllocationCorrectedEvent.class.getName(), AdjustmentApprovedEvent.class.getName(), PaymentRecordedEvent.class.getName(),
            PaymentReversedEvent.class.getName(), FreezePlacedEvent.class.getName(), FreezeReleasedEvent.class.getName());

    /** A line of one unit-year, as the read model keys it. */
    public record Line(String unit, int year, UUID lineId) {

        static Line of(UnitYear budget, LineKey key) {
            return new Line(budget.unit(), budget.year(), key.id());
        }
    }

    /** Every movement of a line over the year, in fen; frozen is what freezes hold less what was released. */
    public record Totals(long allocated, long adjusted, long paid, long reversed, long frozen) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        Totals plus(Totals other) {
            return new Totals(allocated + other.allocated, adjusted + other.adjusted, paid + other.paid,
                    reversed + other.reversed, frozen + other.frozen);
        }

        long available() {
            return allocated + adjusted - paid + reversed - frozen;
        }
    }

    private final Map<Line, Totals> lines = new HashMap<>();
    private final Map<Line, Long> lowestAvailable = new HashMap<>();
    private final List<PaymentRecordedEvent> payments = new ArrayList<>();

    private LedgerFromEvents() {
    }

    public static LedgerFromEvents recompute(JdbcTemplate jdbc) {
        LedgerFromEvents ledger = new LedgerFromEvents();
        jdbc.query("select payloadtype, payload from domainevententry order by aggregateidentifier, sequencenumber",
                row -> {
                    if (MONEY_EVENTS.contains(row.getString(1))) {
                        ledger.apply(read(row.getString(1), row.getBytes(2)));
                    }
                });
        return ledger;
    }

    public Map<Line, Totals> lines() {
        return lines;
    }

    /** The lowest available balance each line ever had, one event after another. */
    public Map<Line, Long> lowestAvailable() {
        return lowestAvailable;
    }

    public List<PaymentRecordedEvent> payments() {
        return payments;
    }

    public List<PaymentRecordedEvent> paymentsOf(UnitYear budget) {
        return payments.stream().filter(payment -> payment.budget().equals(budget)).toList();
    }

    private void apply(Object event) {
        if (event instanceof BudgetAllocatedEvent allocated) {
            for (Allocation allocation : allocated.allocations()) {
                move(Line.of(allocated.budget(), allocation.line()), new Totals(allocation.amount().fen(), 0, 0, 0, 0));
            }
        } else if (event instanceof AllocationCorrectedEvent correction) {
            move(Line.of(correction.budget(), correction.line()), new Totals(correction.change().fen(), 0, 0, 0, 0));
        } else if (event instanceof AdjustmentApprovedEvent adjustment) {
            for (AdjustmentEntry entry : adjustment.entries()) {
                move(Line.of(adjustment.budget(), entry.line()), new Totals(0, entry.amount().fen(), 0, 0, 0));
            }
        } else if (event instanceof PaymentRecordedEvent payment) {
            payments.add(payment);
            move(Line.of(payment.budget(), payment.line()), new Totals(0, 0, payment.amount().fen(), 0, 0));
        } else if (event instanceof PaymentReversedEvent reversal) {
            move(Line.of(reversal.budget(), reversal.line()), new Totals(0, 0, 0, reversal.amount().fen(), 0));
        } else if (event instanceof FreezePlacedEvent freeze) {
            move(Line.of(freeze.budget(), freeze.line()), new Totals(0, 0, 0, 0, freeze.amount().fen()));
        } else if (event instanceof FreezeReleasedEvent release) {
            move(Line.of(release.budget(), release.line()), new Totals(0, 0, 0, 0, -release.amount().fen()));
        }
    }

    private void move(Line line, Totals movement) {
        Totals after = lines.getOrDefault(line, Totals.NONE).plus(movement);
        lines.put(line, after);
        lowestAvailable.merge(line, after.available(), Math::min);
    }

    private static Object read(String type, byte[] payload) {
        try {
            return JSON.readValue(payload, Class.forName(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same figures as the read model holds them: sums over its per-line per-day movements. */
    public static Map<Line, Totals> readModel(JdbcTemplate jdbc) {
        return readModel(jdbc, "line_day_movement");
    }

    /** The same figures from the read model's monthly roll-up. */
    public static Map<Line, Totals> readModelByMonth(JdbcTemplate jdbc) {
        return readModel(jdbc, "line_month_movement");
    }

    private static Map<Line, Totals> readModel(JdbcTemplate jdbc, String table) {
        Map<Line, Totals> lines = new HashMap<>();
        jdbc.query("""
                select unit, year, line_id, sum(allocated), sum(adjusted), sum(paid), sum(reversed), sum(frozen)
                from %s group by unit, year, line_id""".formatted(table), row -> {
            lines.put(new Line(row.getString(1), row.getInt(2), row.getObject(3, UUID.class)),
                    new Totals(row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8)));
        });
        return lines;
    }

    public static long sumOf(List<PaymentRecordedEvent> payments) {
        return payments.stream().map(PaymentRecordedEvent::amount).mapToLong(Money::fen).sum();
    }
}
