package cn.budgetledger.command.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.DocumentOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 冻结 and 解冻 over HTTP: each request one command to the unit-year budget. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}/freezes")
@Tag(name = "冻结", description = "冻结单（合同、采购、财政冻结、其他）与解冻")
public class FreezeCommandController {

    private final CommandGateway commandGateway;

    public FreezeCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @Operation(summary = "登记冻结单", description = "冻结金额自冻结日期起从指标可用余额中扣除。超出可用余额 422 INSUFFICIENT_BUDGET；"
            + "kind 为 合同、采购、财政冻结 或 其他；reason（事由）必填。同一冻结单号、同样内容重复提交不会重复记账（200）；"
            + "内容不同则冲突（409）。origin（本年／上年结转）缺省为本年，或这四个编码唯一的那条指标")
    public ResponseEntity<CommandResult> freeze(@PathVariable String unit, @PathVariable int year,
                                                @RequestBody FreezeRequest request) {
        FreezeRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(body.toCommand(new UnitYear(unit, year)));
        return CommandResult.answer(body.documentNumber(), outcome);
    }

    @PostMapping("/{documentNumber}/release")
    @Operation(summary = "解冻（部分或全部）", description = "amount 缺省为尚冻结的全部金额。冻结单不存在 404 FREEZE_NOT_FOUND；"
            + "解冻日期早于冻结日期 400；超出尚冻结金额 422 RELEASE_EXCEEDS_FROZEN。解冻没有自己的单号：同一冻结单、"
            + "同一日期、同一金额的解冻视为重复提交，不会重复记账（200）；已全部解冻后再不带金额解冻亦然")
    public ResponseEntity<CommandResult> release(@PathVariable String unit, @PathVariable int year,
                                                 @PathVariable String documentNumber,
                                                 @RequestBody(required = false) ReleaseRequest request) {
        ReleaseRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(body.toCommand(new UnitYear(unit, year), documentNumber));
        return CommandResult.answer(documentNumber, outcome);
    }
}
