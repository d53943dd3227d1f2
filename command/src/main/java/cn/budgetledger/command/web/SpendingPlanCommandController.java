package cn.budgetledger.command.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.DocumentOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Spending plans (用款计划) over HTTP: a line's whole year is set at once, so setting it again is a PUT. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}")
@Tag(name = "用款计划", description = "设定（修订）预算指标的分月用款计划；查询计划与执行")
public class SpendingPlanCommandController {

    private final CommandGateway commandGateway;

    public SpendingPlanCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PutMapping("/spending-plans")
    @Operation(summary = "设定预算指标的用款计划（全年 12 个月）",
            description = "months 列出各月（1–12）计划金额，未列出的月份计划为 0；再次设定即修订（201，历史保留），内容相同则不变（200）。"
                    + "月份不在 1–12、同一月份出现两次、金额为负：400；指标不存在 422 LINE_NOT_FOUND；年度已结转 409 YEAR_CLOSED。"
                    + "有用款计划的指标，支付后截至支付月份（及其后任一月份）的累计执行超过累计用款计划即拒付（422 PLAN_EXCEEDED，拒付记录在案）")
    public ResponseEntity<CommandResult> setPlan(@PathVariable String unit, @PathVariable int year,
                                                 @RequestBody SpendingPlanRequest request) {
        SpendingPlanRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(body.toCommand(new UnitYear(unit, year)));
        return CommandResult.answer("用款计划", outcome);
    }
}
