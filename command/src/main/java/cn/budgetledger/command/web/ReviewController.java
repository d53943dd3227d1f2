package cn.budgetledger.command.web;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.ApproveEntryCommand;
import cn.budgetledger.api.commands.DocumentOutcome;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.ReturnEntryCommand;
import cn.budgetledger.api.commands.SetReviewRequirementCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 制单 → 审核 → 记账 over HTTP: a reviewer approves or returns an entry; an administrator turns review on or off. */
@RestController
@Tag(name = "审核", description = "需审核年度的支付与冲销：审核通过记账、退回；管理员设置是否需审核")
public class ReviewController {

    private final CommandGateway commandGateway;

    public ReviewController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/units/{unit}/years/{year}/payments/{voucher}/approval")
    @Operation(summary = "审核通过一笔待审核的支付或冲销",
            description = "不需请求体。通过后重新按指标可用余额检查：记账 201，拒付 422（PAYMENT_REFUSED，拒付已记录，凭证号可重新使用）；"
                    + "已通过的再次通过不变 200。制单人不能审核自己的凭证：403 SEGREGATION_OF_DUTIES（任何角色）；"
                    + "凭证不存在 404 ENTRY_NOT_FOUND；已退回或已拒付 409 ENTRY_NOT_AWAITING_REVIEW")
    public ResponseEntity<PaymentResult> approve(@PathVariable String unit, @PathVariable int year,
                                                 @PathVariable String voucher) {
        PaymentOutcome outcome = commandGateway.sendAndWait(new ApproveEntryCommand(new UnitYear(unit, year), voucher));
        return switch (outcome.status()) {
            case RECORDED -> ResponseEntity.status(HttpStatus.CREATED).body(PaymentResult.of(outcome));
            case REFUSED -> ResponseEntity.unprocessableEntity().body(PaymentResult.of(outcome));
            case UNCHANGED, AWAITING_REVIEW -> ResponseEntity.ok(PaymentResult.of(outcome));
        };
    }

    @PostMapping("/api/units/{unit}/years/{year}/payments/{voucher}/return")
    @Operation(summary = "退回一笔待审核的支付或冲销",
            description = "须注明 reason（退回原因，400 RETURN_REASON_MISSING）。退回释放占用的可用余额，凭证号可重新制单；"
                    + "200（outcome 为 RECORDED，已退回的再次退回为 UNCHANGED）。制单人不能退回自己的凭证（403 SEGREGATION_OF_DUTIES）；"
                    + "已审核记账的 409 ENTRY_ALREADY_APPROVED")
    public ResponseEntity<CommandResult> returnEntry(@PathVariable String unit, @PathVariable int year,
                                                     @PathVariable String voucher,
                                                     @RequestBody ReturnRequest request) {
        DocumentOutcome outcome = commandGateway.sendAndWait(new ReturnEntryCommand(new UnitYear(unit, year), voucher,
                RequiredBody.of(request).reason()));
        return ResponseEntity.ok(new CommandResult(voucher, outcome.name()));
    }

    @PutMapping("/api/admin/units/{unit}/years/{year}/review")
    @Operation(summary = "设置单位年度是否需审核（管理员）",
            description = "{\"required\": true} 开启，false 关闭；与现状相同不变（200），改变 201。关闭后已在待审核的凭证仍须审核")
    public ResponseEntity<CommandResult> setReviewRequirement(@PathVariable String unit, @PathVariable int year,
                                                              @RequestBody ReviewRequirementRequest request) {
        Boolean required = RequiredBody.of(request).required();
        if (required == null) {
            throw LedgerException.invalid("REVIEW_REQUIRED_MISSING", "须给出 required（true 或 false）");
        }
        UnitYear budget = new UnitYear(unit, year);
        return CommandResult.answer(budget.toString(),
                commandGateway.sendAndWait(new SetReviewRequirementCommand(budget, required)));
    }
}
