package cn.budgetledger.query.ledger;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.query.rebuild.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's read model: lines, per-line per-day movements (any figure as of any date is a sum over
 * them, no replay needed), payments, refusals, adjustments and each line's audit trail. Written with
 * plain SQL in the processor's transaction, together with its tracking token, one JDBC batch per statement.
 */
@Component
@ProcessingGroup(BudgetLedgerProjection.PROCESSING_GROUP)
public class BudgetLedgerProjection implements ReadModelTables {

    public static final String PROCESSING_GROUP = "budget-ledger";
    public static final String RECORDED_BY = "recordedBy";

    private static final String INSERT_YEAR = """
            insert into budget_year (unit, year, unit_name, parent_code) values (?, ?, ?, ?)
            on conflict (unit, year) do nothing""";
    private static final String INSERT_LINE = """
            insert into budget_line (unit, year, line_id, functional_code, economic_code, project_code,
                                     project_name, project_category, fund_source)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (unit, year, line_id) do nothing""";
    private static final String INSERT_ADJUSTMENT = """
            insert into adjustment_document (unit, year, document_number, adjusted_on, type, reason)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String ADD_ADJUSTMENT_ENTRY = """
            insert into adjustment_entry (unit, year, document_number, line_id, amount) values (?, ?, ?, ?, ?)
            on conflict (unit, year, document_number, line_id)
            do update set amount = adjustment_entry.amount + excluded.amount""";
    private static final String INSERT_PAYMENT = """
            copy payment (unit, year, voucher, line_id, paid_on, amount, payee, summary) from stdin""";
    private static final String INSERT_REFUSAL = """
            insert into payment_refusal (event_id, unit, year, voucher, line_id, refused_on, requested, available)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Adds to a line's movements of one business day: allocated, adjusted, paid, reversed. */
    private static final String ADD_MOVEMENT = """
            insert into line_day_movement (unit, year, line_id, business_date, allocated, adjusted, paid, reversed)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (unit, year, line_id, business_date) do update set
                allocated = line_day_movement.allocated + excluded.allocated,
                adjusted = line_day_movement.adjusted + excluded.adjusted,
                paid = line_day_movement.paid + excluded.paid,
                reversed = line_day_movement.reversed + excluded.reversed""";
    /** The same, summed per month (so a figure as of a date reads whole months, then the days of its own). */
    private static final String ADD_MONTH_MOVEMENT = """
            insert into line_month_movement (unit, year, month, line_id, allocated, adjusted, paid, reversed)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (unit, year, month, line_id) do update set
                allocated = line_month_movement.allocated + excluded.allocated,
                adjusted = line_month_movement.adjusted + excluded.adjusted,
                paid = line_month_movement.paid + excluded.paid,
                reversed = line_month_movement.reversed + excluded.reversed""";
    /** An event's entries on one line are summed in its batch (an event is never split over two batches). */
    private static final String ADD_HISTORY = """
            copy line_history (event_id, line_id, unit, year, business_date, kind, document, amount, detail,
                               recorded_by, recorded_at) from stdin""";
    private static final String REVERSE_PAYMENT = """
            update payment set reversal_voucher = ?, reversed_on = ?
            where unit = ? and year = ? and voucher = ?""";
    private static final String CLOSE_YEAR = "update budget_year set closed_on = ? where unit = ? and year = ?";

    private final JdbcTemplate jdbc;
    /** Rows first, then the updates of rows that an earlier event of the same batch may have inserted. */
    private final BatchedSql writes;

    public BudgetLedgerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedSql(jdbc, PROCESSING_GROUP, List.of(INSERT_YEAR, INSERT_LINE, INSERT_ADJUSTMENT,
                ADD_ADJUSTMENT_ENTRY, INSERT_PAYMENT, INSERT_REFUSAL, ADD_MOVEMENT, ADD_MONTH_MOVEMENT, ADD_HISTORY,
                REVERSE_PAYMENT, CLOSE_YEAR), Map.of(
                ADD_ADJUSTMENT_ENTRY, new BatchedSql.Summed(4, 4),
                ADD_MOVEMENT, new BatchedSql.Summed(4, 4, 5, 6, 7),
                ADD_MONTH_MOVEMENT, new BatchedSql.Summed(4, 4, 5, 6, 7),
                ADD_HISTORY, new BatchedSql.Summed(2, 7)));
    }

    /** A batch retried event by event writes each event's rows when its handler returns (see BatchedSql). */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object oneEventAtATime(InterceptorChain handler) throws Exception {
        return writes.ofOneEvent(handler::proceed);
    }

    @EventHandler
    void on(BudgetYearOpenedEvent event) {
        writes.add(INSERT_YEAR, event.budget().unit(), event.budget().year(), event.unitName(), event.parentCode());
    }

    @EventHandler
    void on(BudgetAllocatedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        for (Allocation allocation : event.allocations()) {
            UUID lineId = saveLine(event.budget(), allocation.line(), allocation.project());
            move(event.budget(), lineId, event.date(), Movement.ALLOCATED, allocation.amount());
            history(message, event.budget(), lineId, event.date(), "年初预算", event.approvalDocument(),
                    allocation.amount(), "预算批复 " + event.approvalDocument(), recordedBy, recordedAt);
        }
    }

    @EventHandler
    void on(AdjustmentApprovedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        writes.add(INSERT_ADJUSTMENT, budget.unit(), budget.year(), event.documentNumber(), event.date(),
                event.type().label(), event.reason());
        for (AdjustmentEntry entry : event.entries()) {
            UUID lineId = saveLine(budget, entry.line(), entry.project());
            move(budget, lineId, event.date(), Movement.ADJUSTED, entry.amount());
            writes.add(ADD_ADJUSTMENT_ENTRY, budget.unit(), budget.year(), event.documentNumber(), lineId,
                    entry.amount().fen());
            history(message, budget, lineId, event.date(), "科目调整（" + event.type().label() + "）",
                    event.documentNumber(), entry.amount(), event.reason(), recordedBy, recordedAt);
        }
    }

    @EventHandler
    void on(PaymentRecordedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(INSERT_PAYMENT, budget.unit(), budget.year(), event.voucher(), lineId, event.date(),
                event.amount().fen(), event.payee(), event.summary());
        move(budget, lineId, event.date(), Movement.PAID, event.amount());
        history(message, budget, lineId, event.date(), "支付", event.voucher(), event.amount(),
                describePayment(event.payee(), event.summary()), recordedBy, recordedAt);
    }

    @EventHandler
    void on(PaymentReversedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(REVERSE_PAYMENT, event.voucher(), event.date(), budget.unit(), budget.year(),
                event.originalVoucher());
        move(budget, lineId, event.date(), Movement.REVERSED, event.amount());
        history(message, budget, lineId, event.date(), "冲销", event.voucher(), event.amount(),
                "冲销凭证 " + event.originalVoucher() + (event.reason() == null ? "" : "：" + event.reason()),
                recordedBy, recordedAt);
    }

    @EventHandler
    void on(PaymentRefusedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(INSERT_REFUSAL, message.getIdentifier(), budget.unit(), budget.year(), event.voucher(), lineId,
                event.date(), event.requested().fen(), event.available().fen());
        history(message, budget, lineId, event.date(), "拒付", event.voucher(), event.requested(),
                "可用余额 " + event.available() + " 元不足，未支付", recordedBy, recordedAt);
    }

    @EventHandler
    void on(BudgetYearClosedEvent event) {
        writes.add(CLOSE_YEAR, event.date(), event.budget().unit(), event.budget().year());
    }

    @Override
    public List<String> readModelTables() {
        return List.of("budget_year", "budget_line", "line_day_movement", "line_month_movement", "line_history",
                "payment", "payment_refusal", "adjustment_document", "adjustment_entry");
    }

    @ResetHandler
    void reset() {
        jdbc.execute(truncateStatement());
    }

    private UUID saveLine(UnitYear budget, LineKey line, Project project) {
        UUID lineId = line.id();
        writes.add(INSERT_LINE, budget.unit(), budget.year(), lineId, line.functionalCode().value(),
                line.economicCode().value(), line.projectCode(), project.name(), project.category().label(),
                line.fundSource().label());
        return lineId;
    }

    private enum Movement { ALLOCATED, ADJUSTED, PAID, REVERSED }

    private void move(UnitYear budget, UUID lineId, LocalDate date, Movement movement, Money amount) {
        long[] columns = new long[Movement.values().length];
        columns[movement.ordinal()] = amount.fen();
        writes.add(ADD_MOVEMENT, budget.unit(), budget.year(), lineId, date, columns[0], columns[1], columns[2],
                columns[3]);
        writes.add(ADD_MONTH_MOVEMENT, budget.unit(), budget.year(), date.withDayOfMonth(1), lineId, columns[0],
                columns[1], columns[2], columns[3]);
    }

    private void history(EventMessage<?> message, UnitYear budget, UUID lineId, LocalDate date, String kind,
                         String document, Money amount, String detail, String recordedBy, Instant recordedAt) {
        writes.add(ADD_HISTORY, message.getIdentifier(), lineId, budget.unit(), budget.year(), date, kind, document,
                amount.fen(), detail, recordedBy, recordedAt.atOffset(ZoneOffset.UTC));
    }

    private static String describePayment(String payee, String summary) {
        String who = payee == null || payee.isBlank() ? "" : "收款人：" + payee;
        String what = summary == null || summary.isBlank() ? "" : "摘要：" + summary;
        return (who + (who.isEmpty() || what.isEmpty() ? "" : "；") + what);
    }
}
