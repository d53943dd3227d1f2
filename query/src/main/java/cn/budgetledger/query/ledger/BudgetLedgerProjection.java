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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The ledger's read model: lines, per-line per-day movements (any figure as of any date is a sum over
 * them, no replay needed), payments, refusals, adjustments and each line's audit trail. Written with
 * plain SQL in the processor's transaction, together with its tracking token.
 */
@Component
@ProcessingGroup(BudgetLedgerProjection.PROCESSING_GROUP)
public class BudgetLedgerProjection {

    public static final String PROCESSING_GROUP = "budget-ledger";
    public static final String RECORDED_BY = "recordedBy";

    private final JdbcTemplate jdbc;

    public BudgetLedgerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BudgetYearOpenedEvent event) {
        jdbc.update("""
                insert into budget_year (unit, year, unit_name, parent_code) values (?, ?, ?, ?)
                on conflict (unit, year) do nothing""",
                event.budget().unit(), event.budget().year(), event.unitName(), event.parentCode());
    }

    @EventHandler
    void on(BudgetAllocatedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        for (Allocation allocation : event.allocations()) {
            UUID lineId = saveLine(event.budget(), allocation.line(), allocation.project());
            move(event.budget(), lineId, event.date(), "allocated", allocation.amount());
            history(message, event.budget(), lineId, event.date(), "年初预算", event.approvalDocument(),
                    allocation.amount(), "预算批复 " + event.approvalDocument(), recordedBy, recordedAt);
        }
    }

    @EventHandler
    void on(AdjustmentApprovedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        jdbc.update("""
                insert into adjustment_document (unit, year, document_number, adjusted_on, type, reason)
                values (?, ?, ?, ?, ?, ?)""",
                budget.unit(), budget.year(), event.documentNumber(), event.date(), event.type().label(), event.reason());
        for (AdjustmentEntry entry : event.entries()) {
            UUID lineId = saveLine(budget, entry.line(), entry.project());
            move(budget, lineId, event.date(), "adjusted", entry.amount());
            jdbc.update("""
                    insert into adjustment_entry (unit, year, document_number, line_id, amount) values (?, ?, ?, ?, ?)
                    on conflict (unit, year, document_number, line_id)
                    do update set amount = adjustment_entry.amount + excluded.amount""",
                    budget.unit(), budget.year(), event.documentNumber(), lineId, entry.amount().fen());
            history(message, budget, lineId, event.date(), "科目调整（" + event.type().label() + "）",
                    event.documentNumber(), entry.amount(), event.reason(), recordedBy, recordedAt);
        }
    }

    @EventHandler
    void on(PaymentRecordedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        jdbc.update("""
                insert into payment (unit, year, voucher, line_id, paid_on, amount, payee, summary)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                budget.unit(), budget.year(), event.voucher(), lineId, event.date(), event.amount().fen(),
                event.payee(), event.summary());
        move(budget, lineId, event.date(), "paid", event.amount());
        history(message, budget, lineId, event.date(), "支付", event.voucher(), event.amount(),
                describePayment(event.payee(), event.summary()), recordedBy, recordedAt);
    }

    @EventHandler
    void on(PaymentReversedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        jdbc.update("""
                update payment set reversal_voucher = ?, reversed_on = ?
                where unit = ? and year = ? and voucher = ?""",
                event.voucher(), event.date(), budget.unit(), budget.year(), event.originalVoucher());
        move(budget, lineId, event.date(), "reversed", event.amount());
        history(message, budget, lineId, event.date(), "冲销", event.voucher(), event.amount(),
                "冲销凭证 " + event.originalVoucher() + (event.reason() == null ? "" : "：" + event.reason()),
                recordedBy, recordedAt);
    }

    @EventHandler
    void on(PaymentRefusedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        jdbc.update("""
                insert into payment_refusal (event_id, unit, year, voucher, line_id, refused_on, requested, available)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                message.getIdentifier(), budget.unit(), budget.year(), event.voucher(), lineId, event.date(),
                event.requested().fen(), event.available().fen());
        history(message, budget, lineId, event.date(), "拒付", event.voucher(), event.requested(),
                "可用余额 " + event.available() + " 元不足，未支付", recordedBy, recordedAt);
    }

    @EventHandler
    void on(BudgetYearClosedEvent event) {
        jdbc.update("update budget_year set closed_on = ? where unit = ? and year = ?",
                event.date(), event.budget().unit(), event.budget().year());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("""
                truncate budget_year, budget_line, line_day_movement, line_history, payment, payment_refusal,
                         adjustment_document, adjustment_entry""");
    }

    private UUID saveLine(UnitYear budget, LineKey line, Project project) {
        UUID lineId = line.id();
        jdbc.update("""
                insert into budget_line (unit, year, line_id, functional_code, economic_code, project_code,
                                         project_name, project_category, fund_source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (unit, year, line_id) do nothing""",
                budget.unit(), budget.year(), lineId, line.functionalCode().value(), line.economicCode().value(),
                line.projectCode(), project.name(), project.category().label(), line.fundSource().label());
        return lineId;
    }

    /** Adds to one column of the line's movements on one business day; column names are ours, never input. */
    private void move(UnitYear budget, UUID lineId, LocalDate date, String column, Money amount) {
        jdbc.update("insert into line_day_movement (unit, year, line_id, business_date, " + column + ") "
                        + "values (?, ?, ?, ?, ?) on conflict (unit, year, line_id, business_date) "
                        + "do update set " + column + " = line_day_movement." + column + " + excluded." + column,
                budget.unit(), budget.year(), lineId, date, amount.fen());
    }

    private void history(EventMessage<?> message, UnitYear budget, UUID lineId, LocalDate date, String kind,
                         String document, Money amount, String detail, String recordedBy, Instant recordedAt) {
        jdbc.update("""
                insert into line_history (event_id, line_id, unit, year, business_date, kind, document, amount,
                                          detail, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id, line_id) do update set amount = line_history.amount + excluded.amount""",
                message.getIdentifier(), lineId, budget.unit(), budget.year(), date, kind, document, amount.fen(),
                detail, recordedBy, recordedAt.atOffset(ZoneOffset.UTC));
    }

    private static String describePayment(String payee, String summary) {
        String who = payee == null || payee.isBlank() ? "" : "收款人：" + payee;
        String what = summary == null || summary.isBlank() ? "" : "摘要：" + summary;
        return (who + (who.isEmpty() || what.isEmpty() ? "" : "；") + what);
    }
}
