package cn.budgetledger.command.domain;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.FreezeKind;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.PlainText;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.AllocateBudgetCommand;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.ApproveAdjustmentCommand;
import cn.budgetledger.api.commands.ApproveEntryCommand;
import cn.budgetledger.api.commands.CarryForwardBalancesCommand;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.api.commands.ClosingPreview;
import cn.budgetledger.api.commands.CorrectAllocationCommand;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import cn.budgetledger.api.commands.PlaceFreezeCommand;
import cn.budgetledger.api.commands.PreviewClosingCommand;
import cn.budgetledger.api.commands.ReleaseFreezeCommand;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordIndicatorActualCommand;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import cn.budgetledger.api.commands.ReturnEntryCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;
import cn.budgetledger.api.commands.SetSpendingPlanCommand;
import cn.budgetledger.api.commands.SetReviewRequirementCommand;
import cn.budgetledger.api.events.AdjustmentApprovedEvent;
import cn.budgetledger.api.events.AllocationCorrectedEvent;
import cn.budgetledger.api.events.BudgetAllocatedEvent;
import cn.budgetledger.api.events.BudgetYearClosedEvent;
import cn.budgetledger.api.events.BudgetYearOpenedEvent;
import cn.budgetledger.api.events.FreezePlacedEvent;
import cn.budgetledger.api.events.FreezeReleasedEvent;
import cn.budgetledger.api.events.EntryApprovedEvent;
import cn.budgetledger.api.events.EntryReturnedEvent;
import cn.budgetledger.api.events.IndicatorActualRecordedEvent;
import cn.budgetledger.api.events.PaymentEnteredEvent;
import cn.budgetledger.api.events.PaymentRecordedEvent;
import cn.budgetledger.api.events.PaymentRefusedEvent;
import cn.budgetledger.api.events.PaymentReversedEvent;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import cn.budgetledger.api.events.SpendingPlanSetEvent;
import cn.budgetledger.api.events.ReversalEnteredEvent;
import cn.budgetledger.api.events.ReviewRequirementSetEvent;
import cn.budgetledger.api.events.YearEndBalancesEvent;
import cn.budgetledger.command.domain.ReleasesGiveBackWhatIsFrozen.Release;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static cn.budgetledger.command.domain.DocumentNumbersAreUnique.ADJUSTMENT;
import static cn.budgetledger.command.domain.DocumentNumbersAreUnique.APPROVAL;
import static cn.budgetledger.command.domain.DocumentNumbersAreUnique.CORRECTION;
import static cn.budgetledger.command.domain.DocumentNumbersAreUnique.FREEZE;
import static cn.budgetledger.command.domain.DocumentNumbersAreUnique.VOUCHER;
import static cn.budgetledger.command.domain.Rejection.enforce;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One unit's budget for one fiscal year: the consistency boundary inside which every rule of the
 * ledger holds. Handlers guard with the named rules, then apply; event sourcing handlers only set state.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
// The snapshot's form: a snapshot of another revision is passed over and the year rebuilt from its events.
@Revision("8")
public class UnitYearBudget {

    @AggregateIdentifier
    private UnitYear budget;
    private String unitName;
    private String parentCode;
    private boolean closed;
    private Map<LineKey, BudgetLine> lines = new LinkedHashMap<>();
    /** Left out of the snapshot: the register holds the vouchers used before it. */
    @JsonIgnore
    private transient VoucherBook vouchers = VoucherBook.fromASnapshot();
    /** Approval document number → content digest. */
    private Map<String, String> approvals = new HashMap<>();
    /** Approval document number → what it gave each of its lines, as corrections left it. */
    private Map<String, Map<LineKey, AllocationOnRecord>> allocations = new HashMap<>();
    /** Correction document number → content digest. */
    private Map<String, String> corrections = new HashMap<>();
    /** Adjustment document number → content digest. */
    private Map<String, String> adjustments = new HashMap<>();
    /** Freeze document number → its content's digest, line, date, what is still frozen and its releases. */
    private Map<String, FreezeOnRecord> freezes = new HashMap<>();
    /** Performance target scope → content digest of its latest revision. */
    private Map<String, String> targets = new HashMap<>();
    /** Qualitative target scope → its weight: the band of a 完成等级's points depends on it. */
    private Map<String, BigDecimal> qualitativeWeights = new HashMap<>();
    /** Manual indicator scope → content digest of its latest actual. */
    private Map<String, String> actuals = new HashMap<>();
    /** The lines that have a spending plan (用款计划) → its latest revision. */
    private Map<LineKey, SpendingPlan> plans = new HashMap<>();
    /** Line → what it executed in each month: kept for every line, as a plan may be set after its payments. */
    private Map<LineKey, MonthlyExecution> executions = new HashMap<>();

    /** Whether payments and reversals are entered for review (制单 → 审核 → 记账) rather than recorded at once. */
    private boolean reviewRequired;
    /**
     * Voucher → the entry awaiting review: its reservation is given back when it is reviewed, so it is kept here
     * (and in the snapshot) until then. A review queue, not the year's vouchers: it stays small.
     */
    private Map<String, UsedVoucher> awaitingReview = new HashMap<>();

    /** The metadata key under which every command carries who sent it (see the app's AxonConfiguration). */
    static final String RECORDED_BY = "recordedBy";

    protected UnitYearBudget() {
        // Axon and the snapshot serializer rebuild the aggregate from its events or its snapshot.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public DocumentOutcome handle(OpenBudgetYearCommand command) {
        if (command.unitName() == null || command.unitName().isBlank()) {
            throw LedgerException.invalid("UNIT_NAME_MISSING", "单位名称不能为空");
        }
        PlainText.requireName(command.unitName(), "单位名称");
        String parent = PlainText.requireParentCode(command.parentCode());
        if (budget != null) {
            enforce(YearOpensOnce.check(budget, unitName,
                    unitName.equals(command.unitName().strip()) && Objects.equals(parentCode, parent)));
            enforce(EntriesAwaitReview.checkReopening(budget, reviewRequired, command.reviewRequired()));
            return DocumentOutcome.UNCHANGED;
        }
        apply(new BudgetYearOpenedEvent(command.budget(), command.unitName().strip(), parent));
        if (Boolean.TRUE.equals(command.reviewRequired())) {
            apply(new ReviewRequirementSetEvent(command.budget(), true));
        }
        return DocumentOutcome.RECORDED;
    }

    /** An administrator's switch; entries already awaiting review are still reviewed when it is turned off. */
    @CommandHandler
    public DocumentOutcome handle(SetReviewRequirementCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        if (command.required() == reviewRequired) {
            return DocumentOutcome.UNCHANGED;
        }
        apply(new ReviewRequirementSetEvent(budget, command.required()));
        return DocumentOutcome.RECORDED;
    }

    @CommandHandler
    public DocumentOutcome handle(AllocateBudgetCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String document = DocumentNumbersAreUnique.requireWellFormed(command.approvalDocument(), APPROVAL);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        enforce(DocumentsHaveEntries.checkApproval(command.allocations()));
        AllocationType type = AllocationTypeMatchesOrigin.typeOf(command.allocationType());
        List<Allocation> allocations = command.allocations().stream().map(allocation -> new Allocation(
                AllocationTypeMatchesOrigin.line(allocation.line(), type), allocation.project(), allocation.amount()))
                .toList();
        // The type needs no place in the digest: the lines' origins decide it (AllocationTypeMatchesOrigin).
        NumberUse approval = DocumentNumbersAreUnique.approval(document, approvals.get(document),
                ContentDigest.of(command.date(), allocations));
        enforce(approval.rejection());
        if (approval.isRetry()) {
            return DocumentOutcome.UNCHANGED;
        }
        Map<LineKey, BudgetLine> pending = new HashMap<>(lines);
        List<Money> amounts = new ArrayList<>();
        for (Allocation allocation : allocations) {
            enforce(LinesMustExist.checkNamed(allocation.line()));
            enforce(AllocationTypeMatchesOrigin.check(type, allocation.line()));
            PlainText.requireProjectCode(allocation.line().projectCode());
            PlainText.requireName(allocation.project() == null ? null : allocation.project().name(), "项目名称");
            enforce(AmountsAreValid.checkPositive(allocation.amount(), "年初预算金额"));
            amounts.add(allocation.amount());
            enforce(ProjectsAreConsistent.check(allocation.line(), allocation.project(), projects(pending)));
            pending.putIfAbsent(allocation.line(), BudgetLine.opened(allocation.project()));
        }
        Money added = BudgetsAreBounded.sum(amounts);
        enforce(BudgetsAreBounded.checkOriginal(total(BudgetLine::original), added));
        enforce(BudgetsAreBounded.checkAdjusted(total(BudgetLine::adjusted), added));
        apply(new BudgetAllocatedEvent(budget, document, command.date(), allocations, type));
        return DocumentOutcome.RECORDED;
    }

    @CommandHandler
    public DocumentOutcome handle(ApproveAdjustmentCommand command, RuleSettings settings) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String document = DocumentNumbersAreUnique.requireWellFormed(command.documentNumber(), ADJUSTMENT);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        enforce(AdjustmentTypeSetsTheSigns.check(command.type(), command.entries()));
        PlainText.requireFreeText(command.reason(), "调整事由");
        Map<LineKey, BudgetLine> pending = new HashMap<>(lines);
        Map<LineKey, Money> netChange = new LinkedHashMap<>();
        List<AdjustmentEntry> resolved = new ArrayList<>();
        for (AdjustmentEntry entry : command.entries()) {
            enforce(LinesMustExist.checkNamed(entry.line()));
            LineKey key = LinesMustExist.resolve(entry.line(), pending.keySet());
            PlainText.requireProjectCode(key.projectCode());
            BudgetLine line = pending.get(key);
            if (line == null) {
                enforce(ProjectsAreConsistent.check(key, entry.project(), projects(pending)));
                PlainText.requireName(entry.project().name(), "项目名称");
                line = BudgetLine.opened(entry.project());
                pending.put(key, line);
            }
            resolved.add(new AdjustmentEntry(key, entry.amount(), line.project()));
            netChange.merge(key, entry.amount(), Money::plus);
        }
        NumberUse adjustment = DocumentNumbersAreUnique.adjustment(document, adjustments.get(document),
                ContentDigest.of(command.type(), command.date(), command.reason(), resolved));
        enforce(adjustment.rejection());
        if (adjustment.isRetry()) {
            return DocumentOutcome.UNCHANGED;
        }
        enforce(TransfersStayWithinFundSources.check(command.type(), resolved));
        netChange.forEach((key, change) -> {
            enforce(ThreePublicNeverIncreasedByTransfer.check(command.type(), key, change, settings));
            enforce(NoSpendingWithoutBudget.checkAdjustment(key, pending.get(key).available(), change));
        });
        enforce(BudgetsAreBounded.checkAdjusted(total(BudgetLine::adjusted), BudgetsAreBounded.sum(netChange.values())));
        apply(new AdjustmentApprovedEvent(budget, document, command.type(), command.date(),
                command.reason(), List.copyOf(resolved)));
        return DocumentOutcome.RECORDED;
    }

    /** 更正: a mistyped 年初预算 corrected, not adjusted, so 科目调整次数 and 预算编制准确率 stay true. */
    @CommandHandler
    public DocumentOutcome handle(CorrectAllocationCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String document = DocumentNumbersAreUnique.requireWellFormed(command.documentNumber(), CORRECTION);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        String approval = DocumentNumbersAreUnique.requireWellFormed(command.approvalDocument(), APPROVAL);
        enforce(LinesMustExist.checkNamed(command.line()));
        LineKey key = LinesMustExist.resolve(command.line(), lines.keySet());
        enforce(AmountsAreValid.checkNotNegative(command.correctedAmount(), "更正后年初预算金额"));
        enforce(CorrectionsAmendAnAllocation.checkReason(command.reason()));
        String reason = PlainText.requireFreeText(command.reason().strip(), "更正事由");
        NumberUse correction = DocumentNumbersAreUnique.correction(document, corrections.get(document),
                ContentDigest.of(command.date(), approval, key, command.correctedAmount(), reason));
        enforce(correction.rejection());
        if (correction.isRetry()) {
            return DocumentOutcome.UNCHANGED;
        }
        Map<LineKey, AllocationOnRecord> ofApproval = allocations.get(approval);
        enforce(CorrectionsAmendAnAllocation.check(approval, key, ofApproval));
        AllocationOnRecord allocation = ofApproval.get(key);
        enforce(CorrectionsAmendAnAllocation.check(allocation, command.date(), command.correctedAmount()));
        Money change = command.correctedAmount().minus(allocation.amount());
        BudgetLine line = lines.get(key);
        enforce(NoSpendingWithoutBudget.checkAdjustment(key, line.available(), change));
        enforce(BudgetsAreBounded.checkOriginal(total(BudgetLine::original), change));
        enforce(BudgetsAreBounded.checkAdjusted(total(BudgetLine::adjusted), change));
        apply(new AllocationCorrectedEvent(budget, document, command.date(), approval, key, line.project(),
                allocation.amount(), command.correctedAmount(), reason));
        return DocumentOutcome.RECORDED;
    }

    @CommandHandler
    public PaymentOutcome handle(RecordPaymentCommand command, VoucherRegister register,
                                 @MetaDataValue(RECORDED_BY) String recordedBy) {
        vouchers.consult(budget, register);
        return record(command, recordedBy);
    }

    /** @param enteredBy who sends it: in a year that requires review, the one who may not approve it */
    private PaymentOutcome record(RecordPaymentCommand named, String enteredBy) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        enforce(LinesMustExist.checkNamed(named.line()));
        RecordPaymentCommand command = new RecordPaymentCommand(named.budget(), named.voucher(), named.date(),
                LinesMustExist.resolve(named.line(), lines.keySet()), named.amount(), named.payee(), named.summary());
        String voucher = DocumentNumbersAreUnique.requireWellFormed(command.voucher(), VOUCHER);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        enforce(AmountsAreValid.checkPositive(command.amount(), "支付金额"));
        PlainText.requireProjectCode(command.line().projectCode());
        PlainText.requireFreeText(command.payee(), "收款人");
        PlainText.requireFreeText(command.summary(), "摘要");
        UsedVoucher used = find(voucher);
        NumberUse payment = DocumentNumbersAreUnique.voucher(voucher, used, UsedVoucher.payment(command.date(),
                command.line(), command.amount(), command.payee(), command.summary()));
        enforce(payment.rejection());
        if (payment.isRetry()) {
            Money available = lines.get(command.line()).available();
            return used.isAwaitingReview() ? PaymentOutcome.awaitingReview(voucher, command.amount(), available)
                    : PaymentOutcome.unchanged(voucher, command.amount(), available);
        }
        enforce(LinesMustExist.check(command.line(), lines.keySet()));
        BudgetLine line = lines.get(command.line());
        Optional<Rejection> refused = paymentRefusal(command.line(), line, executed(command.line()), command.date(),
                command.amount());
        if (refused.isPresent()) {
            UsedVoucher refusal = UsedVoucher.refusedAttempt(command.date(), command.line(), command.amount(),
                    line.available());
            // The same attempt meeting the same answer is refused again, but is not a second refusal.
            if (used == null || !used.isSentAgainAs(refusal)) {
                apply(new PaymentRefusedEvent(budget, voucher, command.date(), command.line(), command.amount(),
                        line.available(), refused.get().code()));
            }
            return PaymentOutcome.refused(voucher, command.amount(), line.available(), refused.get().code(),
                    refused.get().message());
        }
        if (reviewRequired) {
            apply(new PaymentEnteredEvent(budget, voucher, command.date(), command.line(), command.amount(),
                    command.payee(), command.summary(), enteredBy));
            return PaymentOutcome.awaitingReview(voucher, command.amount(), lines.get(command.line()).available());
        }
        apply(new PaymentRecordedEvent(budget, voucher, command.date(), command.line(), command.amount(),
                command.payee(), command.summary()));
        return PaymentOutcome.recorded(voucher, command.amount(), lines.get(command.line()).available());
    }

    /**
     * Why a payment of the amount, dated so, may not be paid from the line as it stands: 无预算不支出 first, then the
     * line's spending plan. Empty when it may be paid. Asked when a payment is sent and again when its entry is
     * approved (the balance may have moved meanwhile): the one place a payment's refusal is decided.
     *
     * @param executed what the line executed month by month (entries awaiting review included), before this payment
     */
    private Optional<Rejection> paymentRefusal(LineKey key, BudgetLine line, MonthlyExecution executed,
                                               LocalDate date, Money amount) {
        Optional<Rejection> withoutBudget = NoSpendingWithoutBudget.checkPayment(line, amount);
        if (withoutBudget.isPresent()) {
            return withoutBudget;
        }
        SpendingPlan plan = plans.get(key);
        return plan == null ? Rejection.allowed() : PaymentsStayWithinThePlan.check(plan, executed, date, amount);
    }

    /** A bulk journal: each payment sees the balances its predecessors left, as if sent one by one. */
    @CommandHandler
    public List<PaymentOutcome> handle(RecordPaymentsCommand command, VoucherRegister register,
                                       @MetaDataValue(RECORDED_BY) String recordedBy) {
        vouchers.consult(budget, register, command.payments().stream().filter(Objects::nonNull)
                .map(RecordPaymentCommand::voucher).toList());
        List<PaymentOutcome> outcomes = new ArrayList<>(command.payments().size());
        for (RecordPaymentCommand payment : command.payments()) {
            if (payment == null || !budget.equals(payment.budget())) {
                throw LedgerException.invalid("PAYMENT_BUDGET_MISMATCH",
                        "批量支付中的凭证 " + (payment == null ? "" : payment.voucher()) + " 不属于 " + budget);
            }
            outcomes.add(record(payment, recordedBy));
        }
        return outcomes;
    }

    @CommandHandler
    public DocumentOutcome handle(ReversePaymentCommand command, VoucherRegister register,
                                  @MetaDataValue(RECORDED_BY) String recordedBy) {
        vouchers.consult(budget, register);
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String voucher = DocumentNumbersAreUnique.requireWellFormed(command.voucher(), VOUCHER);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        String originalVoucher = DocumentNumbersAreUnique.requireWellFormed(command.originalVoucher(), "原支付凭证号");
        PlainText.requireFreeText(command.reason(), "冲销事由");
        UsedVoucher used = find(voucher);
        NumberUse reversal = DocumentNumbersAreUnique.voucher(voucher, used,
                UsedVoucher.reversal(originalVoucher, command.date(), command.reason()));
        enforce(reversal.rejection());
        if (reversal.isRetry()) {
            return used.isAwaitingReview() ? DocumentOutcome.AWAITING_REVIEW : DocumentOutcome.UNCHANGED;
        }
        UsedVoucher original = find(originalVoucher);
        enforce(ReversalNamesOpenPayment.check(originalVoucher, original, voucher, command.date(), command.amount()));
        enforce(ReversalNamesOpenPayment.checkNoReversalAwaitingReview(originalVoucher,
                pendingReversalOf(originalVoucher), voucher));
        if (reviewRequired) {
            apply(new ReversalEnteredEvent(budget, voucher, originalVoucher, command.date(), original.line(),
                    original.amount(), command.reason(), recordedBy));
            return DocumentOutcome.AWAITING_REVIEW;
        }
        apply(new PaymentReversedEvent(budget, voucher, originalVoucher, command.date(), original.line(),
                original.amount(), command.reason()));
        return DocumentOutcome.RECORDED;
    }

    /** 冻结: the amount leaves the line's available balance until it is released. */
    @CommandHandler
    public DocumentOutcome handle(PlaceFreezeCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String document = DocumentNumbersAreUnique.requireWellFormed(command.documentNumber(), FREEZE);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        enforce(LinesMustExist.checkNamed(command.line()));
        LineKey key = LinesMustExist.resolve(command.line(), lines.keySet());
        PlainText.requireProjectCode(key.projectCode());
        enforce(AmountsAreValid.checkPositive(command.amount(), "冻结金额"));
        enforce(FreezesNameAKindAndAReason.checkKind(command.kind()));
        enforce(FreezesNameAKindAndAReason.checkReason(command.reason()));
        String reason = PlainText.requireFreeText(command.reason().strip(), "冻结事由");
        FreezeOnRecord recorded = freezes.get(document);
        NumberUse freeze = DocumentNumbersAreUnique.freeze(document, recorded == null ? null : recorded.digest(),
                freezeDigest(command.date(), key, command.amount(), command.kind(), reason));
        enforce(freeze.rejection());
        if (freeze.isRetry()) {
            return DocumentOutcome.UNCHANGED;
        }
        enforce(LinesMustExist.check(key, lines.keySet()));
        BudgetLine line = lines.get(key);
        enforce(NoSpendingWithoutBudget.checkFreeze(key, line.available(), command.amount()));
        apply(new FreezePlacedEvent(budget, document, command.date(), key, line.project(), command.amount(),
                command.kind(), reason));
        return DocumentOutcome.RECORDED;
    }

    /** 解冻: part or (amount omitted) all of what a freeze still holds goes back to its line. */
    @CommandHandler
    public DocumentOutcome handle(ReleaseFreezeCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String document = DocumentNumbersAreUnique.requireWellFormed(command.documentNumber(), FREEZE);
        enforce(DatesLieInsideTheYear.check(budget, command.date()));
        FreezeOnRecord freeze = freezes.get(document);
        enforce(ReleasesGiveBackWhatIsFrozen.check(document, freeze == null ? null : freeze.date(), command.date()));
        // A retry is recognised before the amount is weighed: what it released is no longer frozen.
        if (ReleasesGiveBackWhatIsFrozen.isSentAgain(freeze.releases(), freeze.open(), command.date(),
                command.amount())) {
            return DocumentOutcome.UNCHANGED;
        }
        enforce(ReleasesGiveBackWhatIsFrozen.checkAmount(document, freeze.open(), command.amount()));
        Money amount = command.amount() == null ? freeze.open() : command.amount();
        apply(new FreezeReleasedEvent(budget, document, command.date(), freeze.line(), amount));
        return DocumentOutcome.RECORDED;
    }

    /** Setting a line's plan again revises it (the earlier plan stays in the history); the same plan changes nothing. */
    @CommandHandler
    public DocumentOutcome handle(SetSpendingPlanCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        enforce(LinesMustExist.checkNamed(command.line()));
        enforce(SpendingPlansAreMonthly.check(command.months()));
        LineKey key = LinesMustExist.resolve(command.line(), lines.keySet());
        enforce(LinesMustExist.check(key, lines.keySet()));
        SpendingPlan plan = SpendingPlan.of(command.months());
        if (plan.equals(plans.get(key))) {
            return DocumentOutcome.UNCHANGED;
        }
        apply(new SpendingPlanSetEvent(budget, key, lines.get(key).project(), plan.asMonths()));
        return DocumentOutcome.RECORDED;
    }

    /**
     * 审核通过: the entry's reservation is given back, then a payment is checked against its line again and recorded
     * (or refused, its voucher free again), a reversal recorded; both dated the entry's date. Approving an entry
     * approved already changes nothing, so two reviewers approving at once approve it once.
     */
    @CommandHandler
    public PaymentOutcome handle(ApproveEntryCommand command, VoucherRegister register,
                                 @MetaDataValue(RECORDED_BY) String reviewer) {
        vouchers.consult(budget, register);
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String voucher = DocumentNumbersAreUnique.requireWellFormed(command.voucher(), VOUCHER);
        UsedVoucher entry = find(voucher);
        enforce(EntriesAwaitReview.check(voucher, entry));
        UsedVoucher payment = paymentOf(entry);
        if (entry.isRecorded()) {
            return PaymentOutcome.unchanged(voucher, payment.amount(), lines.get(payment.line()).available());
        }
        enforce(ReviewerIsNotTheEnterer.check(voucher, entry.enteredBy(), reviewer));
        apply(new EntryApprovedEvent(budget, voucher, entry.date(), payment.line(), reservationOf(entry), reviewer));
        BudgetLine line = lines.get(payment.line());
        if (entry.use() == UsedVoucher.Use.REVERSAL_AWAITING_REVIEW) {
            apply(new PaymentReversedEvent(budget, voucher, entry.reverses(), entry.date(), payment.line(),
                    payment.amount(), entry.summary()));
        } else {
            Optional<Rejection> refused = paymentRefusal(entry.line(), line, executed(entry.line()), entry.date(),
                    entry.amount());
            if (refused.isPresent()) {
                apply(new PaymentRefusedEvent(budget, voucher, entry.date(), entry.line(), entry.amount(),
                        line.available(), refused.get().code()));
                return PaymentOutcome.refused(voucher, entry.amount(), line.available(), refused.get().code(),
                        refused.get().message());
            }
            apply(new PaymentRecordedEvent(budget, voucher, entry.date(), entry.line(), entry.amount(), entry.payee(),
                    entry.summary()));
        }
        return PaymentOutcome.recorded(voucher, payment.amount(), lines.get(payment.line()).available());
    }

    /** 退回: the reservation is released and the voucher may be entered again; returning it again changes nothing. */
    @CommandHandler
    public DocumentOutcome handle(ReturnEntryCommand command, VoucherRegister register,
                                  @MetaDataValue(RECORDED_BY) String reviewer) {
        vouchers.consult(budget, register);
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String voucher = DocumentNumbersAreUnique.requireWellFormed(command.voucher(), VOUCHER);
        enforce(EntriesAwaitReview.checkReturnReason(command.reason()));
        UsedVoucher entry = find(voucher);
        if (entry != null && entry.use() == UsedVoucher.Use.RETURNED) {
            return DocumentOutcome.UNCHANGED;
        }
        enforce(EntriesAwaitReview.check(voucher, entry));
        enforce(EntriesAwaitReview.checkNotRecorded(voucher, entry));
        enforce(ReviewerIsNotTheEnterer.check(voucher, entry.enteredBy(), reviewer));
        UsedVoucher payment = paymentOf(entry);
        apply(new EntryReturnedEvent(budget, voucher, entry.date(), payment.line(), reservationOf(entry),
                command.reason().strip(), reviewer));
        return DocumentOutcome.RECORDED;
    }

    /** Setting a target again for the same scope and 三级指标 revises it; the same content changes nothing. */
    @CommandHandler
    public DocumentOutcome handle(SetPerformanceTargetCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        PerformanceTargetSetEvent target = TargetsAreWellFormed.recorded(budget, command);
        enforce(DirectionMatchesComparator.check(target.indicator(), target.comparator(), target.direction()));
        enforce(TargetsNameKnownProjects.check(target.projectCode(), lines.keySet()));
        IndicatorScope scope = new IndicatorScope(target.projectCode(), new IndicatorName(target.indicator()));
        if (ContentDigest.of(target).equals(targets.get(scope.key()))) {
            return DocumentOutcome.UNCHANGED;
        }
        apply(target);
        return DocumentOutcome.RECORDED;
    }

    /** Recording an actual again replaces it; the same content changes nothing. */
    @CommandHandler
    public DocumentOutcome handle(RecordIndicatorActualCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        IndicatorName indicator = new IndicatorName(command.indicator());
        PlainText.requireName(indicator.value(), "三级指标");
        IndicatorScope scope = new IndicatorScope(TargetsAreWellFormed.projectCode(command.projectCode()), indicator);
        String reason = command.deviationReason() == null || command.deviationReason().isBlank() ? null
                : PlainText.requireFreeText(command.deviationReason().strip(), "偏差原因");
        enforce(ActualsNeedAManualTarget.check(scope, targets.keySet()));
        BigDecimal weight = qualitativeWeights.get(scope.key());
        enforce(QualitativeTargetsAreGradedInBands.checkActualKind(indicator, weight != null, command.level(),
                command.actual() != null));
        IndicatorActualRecordedEvent actual;
        if (weight == null) {
            actual = new IndicatorActualRecordedEvent(budget, scope.projectCode(), indicator.value(),
                    TargetsAreWellFormed.number(command.actual(), "实际完成值", indicator), reason, null, null);
        } else {
            BigDecimal points = TargetsAreWellFormed.number(command.points(), "得分", indicator);
            enforce(QualitativeTargetsAreGradedInBands.checkPoints(indicator, command.level(), points, weight));
            enforce(QualitativeTargetsAreGradedInBands.checkReason(indicator, command.level(), reason));
            actual = new IndicatorActualRecordedEvent(budget, scope.projectCode(), indicator.value(), null, reason,
                    command.level(), points);
        }
        if (ContentDigest.of(actual).equals(actuals.get(scope.key()))) {
            return DocumentOutcome.UNCHANGED;
        }
        apply(actual);
        return DocumentOutcome.RECORDED;
    }

    @CommandHandler
    public DocumentOutcome handle(CloseBudgetYearCommand command) {
        enforce(ClosingIsDatedYearEnd.check(budget, command.date()));
        if (closed) {
            return DocumentOutcome.UNCHANGED;
        }
        enforce(openCommitments());
        UnspentBalancesCarryOrLapse balances = UnspentBalancesCarryOrLapse.of(lines);
        if (!balances.carriedForward().isEmpty() || !balances.lapsed().isEmpty()) {
            apply(new YearEndBalancesEvent(budget, command.date(), balances.carriedForward(), balances.lapsed()));
        }
        // a year that reviews passes review on to the year its closing opens (null: it did not, as before review)
        apply(new BudgetYearClosedEvent(budget, command.date(), unitName, parentCode, balances.nextYearLines(),
                reviewRequired ? Boolean.TRUE : null));
        return DocumentOutcome.RECORDED;
    }

    /** What closing now would record, and what would stop it, by the closing's own rules; nothing is applied. */
    @CommandHandler
    public ClosingPreview handle(PreviewClosingCommand command) {
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        UnspentBalancesCarryOrLapse balances = UnspentBalancesCarryOrLapse.of(lines);
        Optional<Rejection> open = openCommitments();
        return new ClosingPreview(balances.carriedForward(), balances.lapsed(), open.map(Rejection::code).orElse(null),
                open.map(Rejection::message).orElse(null));
    }

    private Optional<Rejection> openCommitments() {
        return ClosingLeavesNothingOpen.check(freezes.entrySet().stream()
                .filter(freeze -> freeze.getValue().open().isPositive()).map(Map.Entry::getKey).toList(),
                awaitingReview.keySet());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public DocumentOutcome handle(CarryForwardBalancesCommand command) {
        if (budget == null) {
            apply(new BudgetYearOpenedEvent(command.budget(), command.unitName(), command.parentCode()));
            if (command.reviewRequired()) {
                apply(new ReviewRequirementSetEvent(command.budget(), true));
            }
        }
        enforce(ClosedYearTakesNoEntries.check(budget, closed));
        String document = "上年结转-" + command.closedYear().year();
        NumberUse carriedForward = DocumentNumbersAreUnique.approval(document, approvals.get(document),
                ContentDigest.of(budget.firstDay(), command.balances()));
        enforce(carriedForward.rejection());
        if (carriedForward.isRetry()) {
            return DocumentOutcome.UNCHANGED;
        }
        if (!command.balances().isEmpty()) {
            apply(new BudgetAllocatedEvent(budget, document, budget.firstDay(), List.copyOf(command.balances()),
                    AllocationType.CARRIED_OVER));
        }
        return DocumentOutcome.RECORDED;
    }

    @EventSourcingHandler
    void on(BudgetYearOpenedEvent event) {
        vouchers = VoucherBook.fromTheFirstEvent();
        budget = event.budget();
        unitName = event.unitName();
        parentCode = event.parentCode();
    }

    @EventSourcingHandler
    void on(BudgetAllocatedEvent event) {
        for (Allocation allocation : event.allocations()) {
            openLine(allocation.line(), allocation.project());
            lines.computeIfPresent(allocation.line(), (key, line) -> line.allocate(allocation.amount()));
            allocations.computeIfAbsent(event.approvalDocument(), document -> new HashMap<>()).merge(allocation.line(),
                    new AllocationOnRecord(event.date(), allocation.amount(), event.allocationType()),
                    (before, more) -> before.plus(more.amount()));
        }
        approvals.put(event.approvalDocument(), ContentDigest.of(event.date(), event.allocations()));
    }

    @EventSourcingHandler
    void on(AllocationCorrectedEvent event) {
        lines.computeIfPresent(event.line(), (key, line) -> line.allocate(event.change()));
        allocations.get(event.approvalDocument()).computeIfPresent(event.line(),
                (key, allocation) -> allocation.correctedTo(event.correctedAmount()));
        corrections.put(event.documentNumber(), ContentDigest.of(event.date(), event.approvalDocument(), event.line(),
                event.correctedAmount(), event.reason()));
    }

    @EventSourcingHandler
    void on(AdjustmentApprovedEvent event) {
        for (AdjustmentEntry entry : event.entries()) {
            openLine(entry.line(), entry.project());
            lines.computeIfPresent(entry.line(), (key, line) -> line.adjust(entry.amount()));
        }
        adjustments.put(event.documentNumber(), ContentDigest.of(event.type(), event.date(), event.reason(),
                event.entries()));
    }

    @EventSourcingHandler
    void on(PaymentRecordedEvent event) {
        lines.computeIfPresent(event.line(), (key, line) -> line.pay(event.amount()));
        execute(event.line(), event.date(), event.amount());
        vouchers.paid(event);
    }

    @EventSourcingHandler
    void on(PaymentRefusedEvent event) {
        vouchers.refused(event);
    }

    @EventSourcingHandler
    void on(PaymentReversedEvent event) {
        lines.computeIfPresent(event.line(), (key, line) -> line.reverse(event.amount()));
        execute(event.line(), event.date(), event.amount().negate());
        vouchers.reversed(event);
    }

    @EventSourcingHandler
    void on(FreezePlacedEvent event) {
        lines.computeIfPresent(event.line(), (key, line) -> line.freeze(event.amount()));
        freezes.put(event.documentNumber(), new FreezeOnRecord(freezeDigest(event.date(), event.line(), event.amount(),
                event.kind(), event.reason()), event.line(), event.date(), event.amount(), List.of()));
    }

    @EventSourcingHandler
    void on(FreezeReleasedEvent event) {
        lines.computeIfPresent(event.line(), (key, line) -> line.freeze(event.amount().negate()));
        freezes.computeIfPresent(event.documentNumber(),
                (number, freeze) -> freeze.released(new Release(event.date(), event.amount())));
    }

    @EventSourcingHandler
    void on(SpendingPlanSetEvent event) {
        plans.put(event.line(), SpendingPlan.of(event.months()));
    }

    @EventSourcingHandler
    void on(ReviewRequirementSetEvent event) {
        reviewRequired = event.required();
    }

    @EventSourcingHandler
    void on(PaymentEnteredEvent event) {
        lines.computeIfPresent(event.line(), (key, line) -> line.reserveForReview(event.amount()));
        // an entry counts against the line's spending plan as a payment would, until it is reviewed
        execute(event.line(), event.date(), event.amount());
        awaitingReview.put(event.voucher(), UsedVoucher.of(event));
    }

    @EventSourcingHandler
    void on(ReversalEnteredEvent event) {
        awaitingReview.put(event.voucher(), UsedVoucher.of(event));
    }

    /** The payment or reversal that follows is the voucher's from now on. */
    @EventSourcingHandler
    void on(EntryApprovedEvent event) {
        awaitingReview.remove(event.voucher());
        lines.computeIfPresent(event.line(), (key, line) -> line.reserveForReview(event.released().negate()));
        execute(event.line(), event.date(), event.released().negate());
    }

    @EventSourcingHandler
    void on(EntryReturnedEvent event) {
        awaitingReview.remove(event.voucher());
        lines.computeIfPresent(event.line(), (key, line) -> line.reserveForReview(event.released().negate()));
        execute(event.line(), event.date(), event.released().negate());
        vouchers.returned(event);
    }

    /** What an entry holds on its line until it is reviewed: a payment its amount, a reversal nothing. */
    private static Money reservationOf(UsedVoucher entry) {
        return entry.use() == UsedVoucher.Use.PAYMENT_AWAITING_REVIEW ? entry.amount() : Money.ZERO;
    }

    @EventSourcingHandler
    void on(PerformanceTargetSetEvent event) {
        String scope = new IndicatorScope(event.projectCode(), new IndicatorName(event.indicator())).key();
        targets.put(scope, ContentDigest.of(event));
        if (event.qualitativeValue() == null) {
            qualitativeWeights.remove(scope);
        } else {
            qualitativeWeights.put(scope, event.weight());
        }
    }

    @EventSourcingHandler
    void on(IndicatorActualRecordedEvent event) {
        actuals.put(new IndicatorScope(event.projectCode(), new IndicatorName(event.indicator())).key(),
                ContentDigest.of(event));
    }

    @EventSourcingHandler
    void on(BudgetYearClosedEvent event) {
        closed = true;
    }

    /** What a voucher was used for: an entry awaiting review is the aggregate's own, any other the book's. */
    private UsedVoucher find(String voucher) {
        UsedVoucher entry = awaitingReview.get(voucher);
        return entry != null ? entry : vouchers.find(voucher);
    }

    private String pendingReversalOf(String originalVoucher) {
        return awaitingReview.entrySet().stream().filter(entry -> originalVoucher.equals(entry.getValue().reverses()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void openLine(LineKey key, Project project) {
        if (!lines.containsKey(key)) {
            lines.put(key, BudgetLine.opened(project));
        }
    }

    private static String freezeDigest(LocalDate date, LineKey line, Money amount, FreezeKind kind,
                                       String reason) {
        return ContentDigest.of(date, line, amount, kind, reason);
    }

    private MonthlyExecution executed(LineKey line) {
        return executions.getOrDefault(line, MonthlyExecution.NONE);
    }

    /** What the line executed in the month of the date moves by the amount (negative: given back). */
    private void execute(LineKey line, LocalDate date, Money amount) {
        executions.put(line, executed(line).plus(date, amount));
    }

    /** The payment an entry concerns: itself, or for a reversal the payment it reverses. */
    private UsedVoucher paymentOf(UsedVoucher entry) {
        return entry.reverses() == null ? entry : find(entry.reverses());
    }

    private static List<Project> projects(Map<LineKey, BudgetLine> lines) {
        return lines.values().stream().map(BudgetLine::project).toList();
    }

    private Money total(java.util.function.Function<BudgetLine, Money> figure) {
        return BudgetsAreBounded.sum(lines.values().stream().map(figure).toList());
    }
}
