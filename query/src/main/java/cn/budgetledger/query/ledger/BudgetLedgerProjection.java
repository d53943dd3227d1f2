package cn.budgetledger.query.ledger;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.PlanMonth;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.AllocationCorrectedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.EntryApprovedEvent;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.FreezePlacedEvent;
import cn.budgetledger.api.events.FreezeReleasedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.ReversalEnteredEvent;
import cn.budgetledger.api.events.SpendingPlanSetEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import cn.budgetledger.query.rebuild.ReadModelTables;
import cn.budgetledger.query.sql.BatchedSql;
import cn.budgetledger.query.sql.BatchedStatement;
import cn.budgetledger.query.sql.BatchedStatement.Key;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.budgetledger.query.sql.BatchedStatement.addTo;
import static cn.budgetledger.query.sql.BatchedStatement.copy;
import static cn.budgetledger.query.sql.BatchedStatement.insert;
import static cn.budgetledger.query.sql.BatchedStatement.insertUnlessPresent;
import static cn.budgetledger.query.sql.BatchedStatement.update;

/**
 * The ledger's read model: lines, per-line per-day movements (any figure as of any date is a sum over
 * them, no replay needed), payments, refusals, adjustments and each line's audit trail. Written with
 * freezes and their releases, written with
 * plain SQL in the processor's transaction, together with its tracking token, one JDBC batch per statement.
 */
@Component
@ProcessingGroup(BudgetLedgerProjection.PROCESSING_GROUP)
public class BudgetLedgerProjection implements ReadModelTables {

    public static final String PROCESSING_GROUP = "budget-ledger";
    public static final String RECORDED_BY = "recordedBy";
    /** The kinds of history rows the history query and V13_2_1 name too. */
    public static final String REFUSED = "拒付";
    static final String CARRIED_TO_NEXT_YEAR = "结转到下年";
    static final String APPROVAL_DETAIL = "审核通过，释放制单时占用的可用余额";

    /** A line's movements, each a column of its day's and its month's movements. */
    private enum Movement {
        ALLOCATED("allocated"), ADJUSTED("adjusted"), PAID("paid"), REVERSED("reversed"),
        /** 冻结 placed (+) and released (−), each on its own date. */
        FROZEN("frozen"),
        /** An entry awaiting review (+) and its approval or return (−), both on the entry's date. */
        AWAITING("awaiting");

        private final String column;

        Movement(String column) {
            this.column = column;
        }

        static String[] columns() {
            return Stream.of(values()).map(movement -> movement.column).toArray(String[]::new);
        }
    }

    private static final BatchedStatement OPEN_YEAR = insertUnlessPresent("budget_year", Key.of("unit", "year"),
            "unit_name", "parent_code");
    private static final BatchedStatement SAVE_LINE = insertUnlessPresent("budget_line",
            Key.of("unit", "year", "line_id"), "functional_code", "economic_code", "project_code", "project_name",
            "project_category", "fund_source", "origin");
    private static final BatchedStatement SAVE_ADJUSTMENT = insert("adjustment_document", "unit", "year",
            "document_number", "adjusted_on", "type", "reason");
    private static final BatchedStatement ADD_ADJUSTMENT_ENTRY = addTo("adjustment_entry",
            Key.of("unit", "year", "document_number", "line_id"), "amount");
    private static final BatchedStatement SAVE_PAYMENT = copy("payment", "unit", "year", "voucher", "line_id",
            "paid_on", "amount", "payee", "summary", "recorded_by", "recorded_at");
    private static final BatchedStatement SAVE_ENTRY = copy("payment_entry", "unit", "year", "sequence", "voucher",
            "kind", "line_id", "entered_on", "amount", "payee", "summary", "original_voucher", "entered_by",
            "entered_at");
    private static final BatchedStatement SAVE_DECISION = copy("entry_decision", "unit", "year", "sequence",
            "voucher", "status", "decided_by", "decided_at", "reason");
    private static final BatchedStatement SAVE_REFUSAL = insert("payment_refusal", "event_id", "unit", "year",
            "voucher", "line_id", "refused_on", "requested", "available", "code");
    private static final BatchedStatement SAVE_FREEZE = insert("freeze_document", "unit", "year", "document_number",
            "line_id", "frozen_on", "amount", "kind", "reason", "recorded_by", "recorded_at");
    private static final BatchedStatement SAVE_RELEASE = insert("freeze_release", "event_id", "unit", "year",
            "document_number", "released_on", "amount", "recorded_by", "recorded_at");
    /** Every revision of a line's spending plan, a row per month. */
    private static final BatchedStatement SAVE_PLAN_MONTH = insert("spending_plan", "unit", "year", "line_id",
            "revision", "month", "amount", "recorded_by", "recorded_at");
    private static final BatchedStatement ADD_DAY_MOVEMENT = addTo("line_day_movement",
            Key.of("unit", "year", "line_id", "business_date"), Movement.columns());
    /** The same, summed per month (so a figure as of a date reads whole months, then the days of its own). */
    private static final BatchedStatement ADD_MONTH_MOVEMENT = addTo("line_month_movement",
            Key.of("unit", "year", "month", "line_id"), Movement.columns());
    /**
     * An event's entries on one line are summed in its batch (an event is never split over two batches). Each row
     * keeps the event's place in the unit-year (sequence) and how it moved the line's 可用余额 (available_change),
     * so the history reads a running balance.
     */
    private static final BatchedStatement ADD_HISTORY = copy("line_history", "event_id", "line_id", "unit", "year",
            "business_date", "kind", "document", "amount", "detail", "recorded_by", "recorded_at", "sequence",
            "available_change").summedPerKey(Key.of("event_id", "line_id"), "amount", "available_change");
    private static final BatchedStatement REVERSE_PAYMENT = update("payment", Key.of("unit", "year", "voucher"),
            "reversal_voucher", "reversed_on");
    private static final BatchedStatement CLOSE_YEAR = update("budget_year", Key.of("unit", "year"), "closed_on");
    private static final BatchedStatement SAVE_YEAR_END_BALANCE = insert("year_end_balance", "unit", "year", "line_id",
            "outcome", "amount", "closed_on");

    private final JdbcTemplate jdbc;
    /** Rows first, then the updates of rows that an earlier event of the same batch may have inserted. */
    private final BatchedSql writes;

    public BudgetLedgerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedSql(jdbc, PROCESSING_GROUP, List.of(OPEN_YEAR, SAVE_LINE, SAVE_ADJUSTMENT,
                ADD_ADJUSTMENT_ENTRY, SAVE_PAYMENT, SAVE_REFUSAL, SAVE_FREEZE, SAVE_RELEASE, SAVE_PLAN_MONTH,
                SAVE_ENTRY, SAVE_DECISION, ADD_DAY_MOVEMENT, ADD_MONTH_MOVEMENT, ADD_HISTORY,
                REVERSE_PAYMENT, CLOSE_YEAR, SAVE_YEAR_END_BALANCE));
    }

    /** A batch retried event by event writes each event's rows when its handler returns (see BatchedSql). */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object oneEventAtATime(InterceptorChain handler) throws Exception {
        return writes.ofOneEvent(handler::proceed);
    }

    @EventHandler
    void on(BudgetYearOpenedEvent event) {
        writes.add(ofYear(OPEN_YEAR, event.budget()).set("unit_name", event.unitName())
                .set("parent_code", event.parentCode()));
    }

    @EventHandler
    void on(BudgetAllocatedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        for (Allocation allocation : event.allocations()) {
            // a closed year's balances arrive as the first row of their carried lines, named as such (by the line's
            // origin, as V13_2_1 names the rows it migrates: an old document may mix carried and current lines)
            String kind = allocation.line().origin() == Origin.CARRIED_OVER ? Origin.CARRIED_OVER.label() : "年初预算";
            UUID lineId = saveLine(event.budget(), allocation.line(), allocation.project());
            move(event.budget(), lineId, event.date(), Movement.ALLOCATED, allocation.amount());
            history(message, event.budget(), lineId, event.date(), kind, event.approvalDocument(),
                    allocation.amount(), allocation.amount(), "预算批复 " + event.approvalDocument(), recordedBy,
                    recordedAt);
        }
    }

    /**
     * A correction moves the line's 年初预算 on the correction's own date: a figure as of an earlier date shows what
     * was approved then, as the ledger knew it, and no balance of the past changes after the fact. It is no 科目调整.
     */
    @EventHandler
    void on(AllocationCorrectedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UUID lineId = saveLine(event.budget(), event.line(), event.project());
        move(event.budget(), lineId, event.date(), Movement.ALLOCATED, event.change());
        history(message, event.budget(), lineId, event.date(), "更正", event.documentNumber(), event.change(),
                event.change(), "更正预算批复 " + event.approvalDocument() + " 的年初预算：" + event.allocatedAmount().grouped() + " 元更正为 "
                        + event.correctedAmount().grouped() + " 元；" + event.reason(), recordedBy, recordedAt);
    }

    @EventHandler
    void on(AdjustmentApprovedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        writes.add(ofYear(SAVE_ADJUSTMENT, budget).set("document_number", event.documentNumber())
                .set("adjusted_on", event.date()).set("type", event.type().label()).set("reason", event.reason()));
        for (AdjustmentEntry entry : event.entries()) {
            UUID lineId = saveLine(budget, entry.line(), entry.project());
            move(budget, lineId, event.date(), Movement.ADJUSTED, entry.amount());
            writes.add(ofYear(ADD_ADJUSTMENT_ENTRY, budget).set("document_number", event.documentNumber())
                    .set("line_id", lineId).set("amount", entry.amount().fen()));
            history(message, budget, lineId, event.date(), "科目调整（" + event.type().label() + "）",
                    event.documentNumber(), entry.amount(), entry.amount(), event.reason(), recordedBy, recordedAt);
        }
    }

    @EventHandler
    void on(PaymentRecordedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(ofYear(SAVE_PAYMENT, budget).set("voucher", event.voucher()).set("line_id", lineId)
                .set("paid_on", event.date()).set("amount", event.amount().fen()).set("payee", event.payee())
                .set("summary", event.summary()).set("recorded_by", recordedBy).set("recorded_at", recordedAt));
        move(budget, lineId, event.date(), Movement.PAID, event.amount());
        history(message, budget, lineId, event.date(), "支付", event.voucher(), event.amount(),
                event.amount().negate(), describePayment(event.payee(), event.summary()), recordedBy, recordedAt);
    }

    @EventHandler
    void on(PaymentReversedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(ofYear(REVERSE_PAYMENT, budget).set("voucher", event.originalVoucher())
                .set("reversal_voucher", event.voucher()).set("reversed_on", event.date()));
        move(budget, lineId, event.date(), Movement.REVERSED, event.amount());
        history(message, budget, lineId, event.date(), "冲销", event.voucher(), event.amount(), event.amount(),
                "冲销凭证 " + event.originalVoucher() + (event.reason() == null ? "" : "：" + event.reason()),
                recordedBy, recordedAt);
    }

    @EventHandler
    void on(PaymentRefusedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(RECORDED_BY) String recordedBy, @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        String reason = PaymentRefusedEvent.WITHOUT_BUDGET.equals(event.reason())
                ? "可用余额 " + event.available().grouped() + " 元不足，未支付" : "超过用款计划，未支付";
        // read as the decision of an entry whose approval is the event just before (see V12_4_1)
        writes.add(ofYear(SAVE_DECISION, budget).set("sequence", sequence).set("voucher", event.voucher())
                .set("status", "已拒付").set("decided_by", recordedBy).set("decided_at", recordedAt)
                .set("reason", reason));
        writes.add(ofYear(SAVE_REFUSAL, budget).set("event_id", message.getIdentifier())
                .set("voucher", event.voucher()).set("line_id", lineId).set("refused_on", event.date())
                .set("requested", event.requested().fen()).set("available", event.available().fen())
                .set("code", event.reason()));
        history(message, budget, lineId, event.date(), REFUSED, event.voucher(), event.requested(), Money.ZERO, reason,
                recordedBy, recordedAt);
    }

    /**
     * A plan has no business date: its history row stands on the day it was recorded, kept inside the year. The amount
     * is the plan's whole year; the detail lists the months planned.
     */
    @EventHandler
    void on(SpendingPlanSetEvent event, EventMessage<?> message, @SequenceNumber Long revision,
            @MetaDataValue(RECORDED_BY) String recordedBy, @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = saveLine(budget, event.line(), event.project());
        Money total = Money.ZERO;
        for (PlanMonth month : event.months()) {
            writes.add(ofYear(SAVE_PLAN_MONTH, budget).set("line_id", lineId).set("revision", revision)
                    .set("month", month.month()).set("amount", month.amount().fen()).set("recorded_by", recordedBy)
                    .set("recorded_at", recordedAt.atOffset(ZoneOffset.UTC)));
            total = total.plus(month.amount());
        }
        LocalDate recordedOn = recordedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate date = recordedOn.isBefore(budget.firstDay()) ? budget.firstDay()
                : recordedOn.isAfter(budget.lastDay()) ? budget.lastDay() : recordedOn;
        String months = event.months().stream().filter(month -> !month.amount().isZero())
                .map(month -> month.month() + " 月 " + month.amount().grouped()).collect(Collectors.joining("，"));
        history(message, budget, lineId, date, "用款计划", "用款计划", total, Money.ZERO,
                "全年用款计划 " + total.grouped() + " 元" + (months.isEmpty() ? "" : "：" + months), recordedBy, recordedAt);
    }

    /** 冻结: the line's frozen grows on the freeze's date, so its available shrinks from that day on. */
    @EventHandler
    void on(FreezePlacedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = saveLine(budget, event.line(), event.project());
        writes.add(ofYear(SAVE_FREEZE, budget).set("document_number", event.documentNumber()).set("line_id", lineId)
                .set("frozen_on", event.date()).set("amount", event.amount().fen()).set("kind", event.kind().label())
                .set("reason", event.reason()).set("recorded_by", recordedBy)
                .set("recorded_at", recordedAt.atOffset(ZoneOffset.UTC)));
        move(budget, lineId, event.date(), Movement.FROZEN, event.amount());
        history(message, budget, lineId, event.date(), "冻结", event.documentNumber(), event.amount(),
                event.amount().negate(), event.kind().label() + "：" + event.reason(), recordedBy, recordedAt);
    }

    /** 解冻: the line's frozen shrinks on the release's own date; what was frozen before it stays as it was. */
    @EventHandler
    void on(FreezeReleasedEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(ofYear(SAVE_RELEASE, budget).set("event_id", message.getIdentifier())
                .set("document_number", event.documentNumber()).set("released_on", event.date())
                .set("amount", event.amount().fen()).set("recorded_by", recordedBy)
                .set("recorded_at", recordedAt.atOffset(ZoneOffset.UTC)));
        move(budget, lineId, event.date(), Movement.FROZEN, event.amount().negate());
        history(message, budget, lineId, event.date(), "解冻", event.documentNumber(), event.amount(),
                event.amount(), "解冻冻结单 " + event.documentNumber(), recordedBy, recordedAt);
    }

    /** 制单: the entry awaits review, its amount reserved on its line from its date. */
    @EventHandler
    void on(PaymentEnteredEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(ofYear(SAVE_ENTRY, budget).set("sequence", sequence).set("voucher", event.voucher())
                .set("kind", "payment").set("line_id", lineId).set("entered_on", event.date())
                .set("amount", event.amount().fen()).set("payee", event.payee()).set("summary", event.summary())
                .set("original_voucher", null).set("entered_by", event.enteredBy()).set("entered_at", recordedAt));
        move(budget, lineId, event.date(), Movement.AWAITING, event.amount());
        history(message, budget, lineId, event.date(), "制单（待审核）", event.voucher(), event.amount(),
                event.amount().negate(), describePayment(event.payee(), event.summary()), event.enteredBy(), recordedAt);
    }

    /** A reversal entered reserves nothing: nothing comes back to the line until it is approved. */
    @EventHandler
    void on(ReversalEnteredEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(ofYear(SAVE_ENTRY, budget).set("sequence", sequence).set("voucher", event.voucher())
                .set("kind", "reversal").set("line_id", lineId).set("entered_on", event.date())
                .set("amount", event.amount().fen()).set("payee", null).set("summary", event.reason())
                .set("original_voucher", event.originalVoucher()).set("entered_by", event.enteredBy())
                .set("entered_at", recordedAt));
        history(message, budget, lineId, event.date(), "冲销制单（待审核）", event.voucher(), event.amount(),
                Money.ZERO, "冲销凭证 " + event.originalVoucher() + "：" + event.reason(), event.enteredBy(), recordedAt);
    }

    /**
     * The payment or reversal that follows is the line's execution; the reservation goes on the entry's date. A
     * payment's approval is a row of the line's history (its reservation given back, the payment taken next), so the
     * running balance reads as the figures do; a reversal's reserved nothing and leaves none.
     */
    @EventHandler
    void on(EntryApprovedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        writes.add(ofYear(SAVE_DECISION, event.budget()).set("sequence", sequence).set("voucher", event.voucher())
                .set("status", "已通过").set("decided_by", event.reviewer()).set("decided_at", recordedAt)
                .set("reason", null));
        release(event.budget(), event.line().id(), event.date(), event.released());
        if (!event.released().isZero()) {
            history(message, event.budget(), event.line().id(), event.date(), "审核通过", event.voucher(),
                    event.released(), event.released(), APPROVAL_DETAIL, event.reviewer(), recordedAt);
        }
    }

    @EventHandler
    void on(EntryReturnedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        UnitYear budget = event.budget();
        UUID lineId = event.line().id();
        writes.add(ofYear(SAVE_DECISION, budget).set("sequence", sequence).set("voucher", event.voucher())
                .set("status", "已退回").set("decided_by", event.reviewer()).set("decided_at", recordedAt)
                .set("reason", event.reason()));
        release(budget, lineId, event.date(), event.released());
        history(message, budget, lineId, event.date(), "退回", event.voucher(), event.released(),
                event.released(), "退回原因：" + event.reason(), event.reviewer(), recordedAt);
    }

    private void release(UnitYear budget, UUID lineId, LocalDate entered, Money released) {
        if (!released.isZero()) {
            move(budget, lineId, entered, Movement.AWAITING, released.negate());
        }
    }

    /** Each unspent balance at closing, in the report's table and in its line's history. */
    @EventHandler
    void on(YearEndBalancesEvent event, EventMessage<?> message, @MetaDataValue(RECORDED_BY) String recordedBy,
            @Timestamp Instant recordedAt) {
        String document = "年终结转-" + event.budget().year();
        for (Allocation carried : event.carriedForward()) {
            yearEndBalance(message, event, carried, YearEndOutcome.CARRIED_FORWARD, document,
                    "未用余额结转 " + event.budget().next().year() + " 年度", recordedBy, recordedAt);
        }
        for (Allocation lapsed : event.lapsed()) {
            yearEndBalance(message, event, lapsed, YearEndOutcome.LAPSED, document,
                    "基本支出未用余额年终结余，不结转", recordedBy, recordedAt);
        }
    }

    @EventHandler
    void on(BudgetYearClosedEvent event) {
        writes.add(ofYear(CLOSE_YEAR, event.budget()).set("closed_on", event.date()));
    }

    @Override
    public List<String> readModelTables() {
        return List.of("budget_year", "budget_line", "line_day_movement", "line_month_movement", "line_history",
                "payment", "payment_refusal", "payment_entry", "entry_decision", "adjustment_document",
                "adjustment_entry", "year_end_balance", "freeze_document", "freeze_release", "spending_plan");
    }

    @ResetHandler
    void reset() {
        jdbc.execute(truncateStatement());
    }

    private UUID saveLine(UnitYear budget, LineKey line, Project project) {
        UUID lineId = line.id();
        writes.add(ofYear(SAVE_LINE, budget).set("line_id", lineId)
                .set("functional_code", line.functionalCode().value()).set("economic_code", line.economicCode().value())
                .set("project_code", line.projectCode()).set("project_name", project.name())
                .set("project_category", project.category().label()).set("fund_source", line.fundSource().label())
                .set("origin", line.origin().label()));
        return lineId;
    }

    private void yearEndBalance(EventMessage<?> message, YearEndBalancesEvent event, Allocation balance,
                                YearEndOutcome outcome, String document, String detail, String recordedBy,
                                Instant recordedAt) {
        UUID lineId = balance.line().id();
        writes.add(ofYear(SAVE_YEAR_END_BALANCE, event.budget()).set("line_id", lineId)
                .set("outcome", outcome.label()).set("amount", balance.amount().fen()).set("closed_on", event.date()));
        history(message, event.budget(), lineId, event.date(),
                outcome == YearEndOutcome.CARRIED_FORWARD ? CARRIED_TO_NEXT_YEAR : outcome.label(), document,
                balance.amount(), balance.amount().negate(), detail, recordedBy, recordedAt);
    }

    /** Adds the amount to the line's movement of the day, and of the month. */
    private void move(UnitYear budget, UUID lineId, LocalDate date, Movement movement, Money amount) {
        writes.add(ofYear(ADD_DAY_MOVEMENT, budget).set("line_id", lineId).set("business_date", date)
                .set(movement.column, amount.fen()));
        writes.add(ofYear(ADD_MONTH_MOVEMENT, budget).set("line_id", lineId).set("month", date.withDayOfMonth(1))
                .set(movement.column, amount.fen()));
    }

    /** @param change how the event moves the line's 可用余额 (a refusal, a plan: not at all) */
    private void history(EventMessage<?> message, UnitYear budget, UUID lineId, LocalDate date, String kind,
                         String document, Money amount, Money change, String detail, String recordedBy,
                         Instant recordedAt) {
        writes.add(ofYear(ADD_HISTORY, budget).set("event_id", message.getIdentifier()).set("line_id", lineId)
                .set("business_date", date).set("kind", kind).set("document", document).set("amount", amount.fen())
                .set("detail", detail).set("recorded_by", recordedBy)
                .set("recorded_at", recordedAt.atOffset(ZoneOffset.UTC))
                .set("sequence", message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null)
                .set("available_change", change.fen()));
    }

    /** A row of the statement for the unit-year. */
    private static BatchedStatement.Row ofYear(BatchedStatement statement, UnitYear budget) {
        return statement.row().set("unit", budget.unit()).set("year", budget.year());
    }

    private static String describePayment(String payee, String summary) {
        String who = payee == null || payee.isBlank() ? "" : "收款人：" + payee;
        String what = summary == null || summary.isBlank() ? "" : "摘要：" + summary;
        return (who + (who.isEmpty() || what.isEmpty() ? "" : "；") + what);
    }
}
