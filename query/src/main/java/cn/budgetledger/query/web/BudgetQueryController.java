package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.queries.BudgetView;
import cn.budgetledger.api.queries.FindBudgetQuery;
import cn.budgetledger.api.queries.FindLineHistoryQuery;
import cn.budgetledger.api.queries.LineHistoryView;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.query.journal.JournalFormat;
import cn.budgetledger.query.ledger.LedgerTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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

    @GetMapping("/lines/table")
    @Operation(summary = "预算指标表：按项目小计、合计，可排序，元或万元，可导出",
            description = "与预算指标页所示相同的表：project（项目编码）、fund（资金来源）、subject（功能或经济科目编码前缀，"
                    + "或科目名称中的文字）筛选；sort 为 project、functional、economic、fund、original、adjusted、executed、"
                    + "frozen、awaitingReview、available 或 executionRate，order 为 asc 或 desc（项目内排序，小计留在各项目；"
                    + "按金额排序时项目按其小计排序）；scale 为 yuan（元，缺省）或 wan（万元，两位小数，各数由精确值四舍五入）；"
                    + "rows 依次为各项目的指标行与其小计，最后为合计，kind 为 指标、小计 或 合计。"
                    + "format=json（缺省）、csv（UTF-8 BOM）或 xlsx 导出所示的表（同一截至日期、顺序、单位，含小计与合计）")
    public ResponseEntity<?> table(@PathVariable String unit, @PathVariable int year,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false) String project,
                                   @RequestParam(required = false) String subject,
                                   @RequestParam(required = false) String fund,
                                   @RequestParam(required = false) String sort,
                                   @RequestParam(required = false) String order,
                                   @RequestParam(required = false) String scale,
                                   @RequestParam(defaultValue = "json") String format) {
        JournalFormat asked = JournalFormat.of(format);
        LedgerTable.Request request = new LedgerTable.Request(project, subject, fund, sort, order, scale);
        BudgetView budget = budget(unit, year, asOf);
        LedgerTable table = LedgerTable.of(budget.asOf(), budget.lines(), request);
        if (asked == JournalFormat.JSON) {
            return ResponseEntity.ok(table);
        }
        String title = "预算指标表-" + new UnitYear(unit, year) + "-截至" + table.asOf() + "（" + table.unit() + "）";
        return JournalAnswer.download(asked, title, table.columns(), table.rows());
    }

    @GetMapping("/lines/{lineId}/history")
    @Operation(summary = "预算指标的完整历史",
            description = "每个事件：业务日期、单据、金额、记录人与记录时间；change 为该事件使可用余额增减的数额"
                    + "（拒付、用款计划、冲销制单不变动余额），balance 为按业务日期顺序其后的可用余额，refused 为拒付金额"
                    + "（仅拒付行）。上年结转指标以“上年结转”行开始，结转年度的指标以“结转到下年”行（或“结余”）结束")
    public LineHistoryView history(@PathVariable String unit, @PathVariable int year, @PathVariable UUID lineId) {
        return queries.ask(new FindLineHistoryQuery(new UnitYear(unit, year), lineId), LineHistoryView.class);
    }
}
