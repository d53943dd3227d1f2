package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AllocateBudgetCommand;
import cn.budgetledger.api.commands.ApproveAdjustmentCommand;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.api.commands.ClosingPreview;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.PreviewClosingCommand;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.ReversePaymentCommand;
import cn.budgetledger.api.AdjustmentType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The write side over HTTP: every request becomes one command to the unit-year budget. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}")
@Tag(name = "记账", description = "开启年度、预算批复、更正、科目调整、支付、冲销、年终结转")
public class BudgetCommandController {

    private final CommandGateway commandGateway;

    public BudgetCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @Operation(summary = "开启单位的预算年度", description = "reviewRequired 为 true 时该年度的支付与冲销须经审核（制单 → 审核 → 记账）；"
            + "年度开启后只有管理员可更改（PUT /api/admin/units/{unit}/years/{year}/review），再次开启时给出不同的值 409")
    public ResponseEntity<CommandResult> openYear(@PathVariable String unit, @PathVariable int year,
                                                  @RequestBody OpenYearRequest request) {
        UnitYear budget = new UnitYear(unit, year);
        DocumentOutcome outcome = commandGateway.sendAndWait(
                new OpenBudgetYearCommand(budget, RequiredBody.of(request).unitName(), request.parentCode(),
                        request.reviewRequired()));
        return CommandResult.answer(budget.toString(), outcome);
    }

    @PostMapping("/allocations")
    @Operation(summary = "登记预算批复（年初预算）", description = "同一批复文号、同样内容重复提交不会重复记账；内容不同则冲突（409）。allocationType 为指标类型（年初批复或上年结转，缺省年初批复），各行 origin（指标来源）缺省随指标类型")
    public ResponseEntity<CommandResult> allocate(@PathVariable String unit, @PathVariable int year,
                                                  @RequestBody AllocationRequest request) {
        UnitYear budget = new UnitYear(unit, year);
        AllocationRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(new AllocateBudgetCommand(budget,
                body.approvalDocument(), body.date() == null ? budget.firstDay() : body.date(), body.allocations(),
                body.type()));
        return CommandResult.answer(body.approvalDocument(), outcome);
    }

    @PostMapping("/adjustments")
    @Operation(summary = "登记科目调整单（调剂／追加／追减）", description = "金额带符号：正数调入，负数调出；明细的 origin（本年／上年结转）缺省为本年，或这四个编码唯一的那条指标")
    public ResponseEntity<CommandResult> adjust(@PathVariable String unit, @PathVariable int year,
                                                @RequestBody AdjustmentRequest request) {
        AdjustmentRequest body = RequiredBody.of(request);
        List<AdjustmentEntry> entries = body.adjustmentEntries();
        DocumentOutcome outcome = commandGateway.sendAndWait(new ApproveAdjustmentCommand(new UnitYear(unit, year),
                body.documentNumber(), AdjustmentType.of(body.type()), body.date(), body.reason(), entries));
        return CommandResult.answer(body.documentNumber(), outcome);
    }

    @PostMapping("/corrections")
    @Operation(summary = "登记更正单（更正预算批复的年初预算）",
            description = "更正录入错误的年初预算：改变年初预算数和调整后预算数，不是科目调整（不计入调整次数）。"
                    + "同一更正单号、同样内容重复提交不会重复记账；内容不同则冲突（409）。"
                    + "所指批复或指标不存在 404；更正后可用余额为负 422")
    public ResponseEntity<CommandResult> correct(@PathVariable String unit, @PathVariable int year,
                                                 @RequestBody CorrectionRequest request) {
        CorrectionRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(body.toCommand(new UnitYear(unit, year)));
        return CommandResult.answer(body.documentNumber(), outcome);
    }

    @PostMapping("/payments")
    @Operation(summary = "登记支付", description = "超出可用余额的支付被拒付（422，code=PAYMENT_REFUSED），超出该指标累计用款计划的支付也被拒付（422，code=PLAN_EXCEEDED），拒付本身也会记录；origin（本年／上年结转）缺省为本年，或这四个编码唯一的那条指标。"
            + "需审核的年度：支付只是制单，占用可用余额（待审核）而不计入执行，答 202 status=AWAITING_REVIEW，由审核人审核通过后记账。"
            + "记账后立即答复，available 为该指标记账后的可用余额（取自预算年度本身，不等读模型）；答复头 Ledger-Position 为一致性位置，"
            + "随后的查询带 ?after=<位置> 即可看到本笔支付")
    public ResponseEntity<PaymentResult> pay(@PathVariable String unit, @PathVariable int year,
                                             @RequestBody PaymentRequest request) {
        PaymentRequest body = RequiredBody.of(request);
        PaymentOutcome outcome = commandGateway.sendAndWait(new RecordPaymentCommand(new UnitYear(unit, year),
                body.voucher(), body.date(), body.line().toLineKey(), Money.parse(body.amount()), body.payee(),
                body.summary()));
        return switch (outcome.status()) {
            case RECORDED -> ResponseEntity.status(HttpStatus.CREATED).body(PaymentResult.of(outcome));
            case UNCHANGED -> ResponseEntity.ok(PaymentResult.of(outcome));
            case AWAITING_REVIEW -> ResponseEntity.status(HttpStatus.ACCEPTED).body(PaymentResult.of(outcome));
            case REFUSED -> ResponseEntity.unprocessableEntity().body(PaymentResult.of(outcome));
        };
    }

    @PostMapping("/reversals")
    @Operation(summary = "冲销（红冲）一笔支付", description = "原支付金额全额退回指标。需审核的年度：冲销只是制单（202 outcome=AWAITING_REVIEW），审核通过后才退回指标")
    public ResponseEntity<CommandResult> reverse(@PathVariable String unit, @PathVariable int year,
                                                 @RequestBody ReversalRequest request) {
        ReversalRequest body = RequiredBody.of(request);
        Money amount = body.amount() == null || body.amount().isBlank() ? null : Money.parse(body.amount());
        DocumentOutcome outcome = commandGateway.sendAndWait(new ReversePaymentCommand(new UnitYear(unit, year),
                body.voucher(), body.originalVoucher(), body.date(), amount, body.reason()));
        return CommandResult.answer(body.voucher(), outcome);
    }

    @GetMapping("/closing/preview")
    @Operation(summary = "年终结转预览：现在结转将结转什么、结余什么",
            description = "按年终结转本身的规则计算（项目支出指标的可用余额结转下一年度，基本支出指标的可用余额作为结余），"
                    + "不记录任何内容；尚有未解冻的冻结单或待审核的凭证时 blocked 给出结转将答复的代码与说明"
                    + "（YEAR_HAS_OPEN_COMMITMENTS）。已结转的年度 409 YEAR_CLOSED")
    public ClosingPreviewView previewClosing(@PathVariable String unit, @PathVariable int year) {
        UnitYear budget = new UnitYear(unit, year);
        ClosingPreview preview = commandGateway.sendAndWait(new PreviewClosingCommand(budget));
        return ClosingPreviewView.of(budget.unit(), budget.year(), preview);
    }

    @PostMapping("/closing")
    @Operation(summary = "年终结转：关闭年度", description = "结转日期须为年度最后一天（缺省即为该日，其他日期 400 "
            + "CLOSING_DATE_NOT_YEAR_END）；项目支出指标的未用余额转入下一年度指标来源为上年结转的同一资金来源指标，基本支出指标的未用余额作为结余记录")
    public ResponseEntity<CommandResult> close(@PathVariable String unit, @PathVariable int year,
                                               @RequestBody(required = false) CloseYearRequest request) {
        UnitYear budget = new UnitYear(unit, year);
        DocumentOutcome outcome = commandGateway.sendAndWait(new CloseBudgetYearCommand(budget,
                request == null || request.date() == null ? budget.lastDay() : request.date()));
        return CommandResult.answer(budget.toString(), outcome);
    }
}
