package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.warnings.WarningService;
import cn.budgetledger.query.warnings.WarningsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** Tiered warnings (黄/橙/红) over HTTP. */
@RestController
@Tag(name = "预警", description = "执行进度滞后与未达绩效目标的分级预警（黄／橙／红）")
public class WarningController {

    private final WarningService warnings;
    private final Clock clock;

    public WarningController(WarningService warnings, Clock clock) {
        this.warnings = warnings;
        this.clock = clock;
    }

    @GetMapping("/api/units/{unit}/years/{year}/warnings")
    @Operation(summary = "预警列表，最新状态在前",
            description = "states[0] 为截至 asOf（缺省今天，限于年度内）的预警，其后依次为此前各月末的预警，便于看出预警如何形成。"
                    + "执行进度滞后：序时进度减预算执行率超过 黄/橙/红 阈值（ledger.warnings.yellow/orange/red，缺省 5/10/20 个百分点），"
                    + "针对单位、各项目及调整后预算数大于 0 的各预算指标。未达绩效目标：由系统计算的指标截至该日已未达目标，"
                    + "按偏离目标值的相对幅度（%）套用同一阈值分级，至少为黄。每个状态内按严重程度排序（红在前）")
    public WarningsView warnings(@PathVariable String unit, @PathVariable int year,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        return warnings.warnings(budget, AsOf.resolve(budget.fiscalYear(), asOf, clock));
    }
}
