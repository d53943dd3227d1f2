package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.plans.SpendingPlanRepository;
import cn.budgetledger.query.plans.SpendingPlansView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** 用款计划 against execution, month by month. */
@RestController
@Tag(name = "用款计划", description = "设定（修订）预算指标的分月用款计划；查询计划与执行")
public class SpendingPlanController {

    private final SpendingPlanRepository plans;
    private final Clock clock;

    public SpendingPlanController(SpendingPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/api/units/{unit}/years/{year}/spending-plans")
    @Operation(summary = "用款计划与执行（按月）",
            description = "只含有用款计划的预算指标（其当前计划）：totals 为这些指标之和，projects 为各项目之和，lines 为各指标及其计划的各次修订"
                    + "（revisions，先后为序）。每月给出 plan（当月计划）、cumulativePlan（累计计划）、executed（当月执行）、"
                    + "cumulativeExecuted（累计执行）；执行只计业务日期不晚于 asOf 的支付（减冲销）。asOf 缺省为今天（限于该年度内）")
    public SpendingPlansView plans(@PathVariable String unit, @PathVariable int year,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        return plans.plans(budget, AsOf.resolve(budget.fiscalYear(), asOf, clock));
    }
}
