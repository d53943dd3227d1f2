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

/** Performance targets and the actuals of manual indicators over HTTP. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}")
@Tag(name = "绩效目标", description = "设定（修订）绩效目标；填报手工指标的实际完成值与偏差原因")
public class PerformanceCommandController {

    private final CommandGateway commandGateway;

    public PerformanceCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/targets")
    @Operation(summary = "设定绩效目标",
            description = "projectCode 为空表示整体支出。同一范围、同一三级指标再次设定即为修订（201）；内容相同则不变（200）。"
                    + "三级指标为预算执行率、预算编制准确率、科目调整次数、运转保障率、\"三公经费\"控制率时由系统计算实际值。"
                    + "targetValue 不是数字（如 即办即领）即为定性指标：comparator 可为「定性」，unitOfMeasure 可为空")
    public ResponseEntity<CommandResult> setTarget(@PathVariable String unit, @PathVariable int year,
                                                   @RequestBody PerformanceTargetRequest request) {
        PerformanceTargetRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(body.toCommand(new UnitYear(unit, year)));
        return CommandResult.answer(body.indicator(), outcome);
    }

    @PostMapping("/actuals")
    @Operation(summary = "填报手工指标的实际完成值", description = "须先设该指标的绩效目标；再次填报即替换。偏差原因可选。"
            + "定性指标不填 actual，填 level（完成等级：达成 80–100%、部分达成 60–80%、未达成 0–60% 的权重）和 points"
            + "（该档内的得分，档外 422 POINTS_OUTSIDE_BAND）；定量指标填 level 为 400 LEVEL_OF_QUANTITATIVE_TARGET")
    public ResponseEntity<CommandResult> recordActual(@PathVariable String unit, @PathVariable int year,
                                                      @RequestBody IndicatorActualRequest request) {
        IndicatorActualRequest body = RequiredBody.of(request);
        DocumentOutcome outcome = commandGateway.sendAndWait(body.toCommand(new UnitYear(unit, year)));
        return CommandResult.answer(body.indicator(), outcome);
    }
}
