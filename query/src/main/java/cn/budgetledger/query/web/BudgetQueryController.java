package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.queries.BudgetView;
import cn.budgetledger.api.queries.FindBudgetQuery;
import cn.budgetledger.api.queries.FindLineHistoryQuery;
import cn.budgetledger.api.queries.LineHistoryView;
import cn.budgetledger.api.queries.LineView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The ledger's figures over HTTP, for any business date. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}")
@Tag(name = "查询", description = "指标、项目、单位的年初预算数、调整后预算数、执行数、可用余额，及指标的完整历史")
public class BudgetQueryController {

    private final Queries queries;
    private final Clock clock;

    public BudgetQueryController(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "单位年度预算：合计、各项目、各指标", description = "asOf 缺省为今天（限于该年度内），只计业务日期不晚于 asOf 的事件")
    public BudgetView budget(@PathVariable String unit, @PathVariable int year,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        return queries.ask(new FindBudgetQuery(budget, AsOf.resolve(budget.fiscalYear(), asOf, clock)), BudgetView.class);
    }

    @GetMapping("/lines")
    @Operation(summary = "预算指标列表")
    public List<LineView> lines(@PathVariable String unit, @PathVariable int year,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return budget(unit, year, asOf).lines();
    }

    @GetMapping("/lines/{lineId}/history")
    @Operation(summary = "预算指标的完整历史", description = "每个事件：业务日期、单据、金额、记录人与记录时间")
    public LineHistoryView history(@PathVariable String unit, @PathVariable int year, @PathVariable UUID lineId) {
        return queries.ask(new FindLineHistoryQuery(new UnitYear(unit, year), lineId), LineHistoryView.class);
    }
}
