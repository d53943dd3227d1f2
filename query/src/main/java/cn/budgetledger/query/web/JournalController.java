package cn.budgetledger.query.web;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.journal.AdjustmentJournalEntry;
import cn.budgetledger.query.journal.JournalColumn;
import cn.budgetledger.query.journal.JournalRepository;
import cn.budgetledger.query.journal.JournalRequest;
import cn.budgetledger.query.journal.RefusalJournalEntry;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The journals of refusals (拒付台账) and adjustment documents (调整台账), with their exports. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}")
@Tag(name = "台账", description = "已记录事项的列表：按业务日期、状态、项目、指标筛选，按单号与说明搜索，分页，导出 CSV/XLSX")
public class JournalController {

    static final String PAID_LATER = "已支付";
    static final String NOT_PAID = "未支付";

    private static final List<JournalColumn<RefusalJournalEntry>> REFUSAL_COLUMNS = List.of(
            JournalColumn.of("凭证号", RefusalJournalEntry::voucher),
            JournalColumn.of("拒付日期", RefusalJournalEntry::date),
            JournalColumn.of("项目编码", entry -> entry.line().projectCode()),
            JournalColumn.of("项目名称", entry -> entry.line().projectName()),
            JournalColumn.of("功能科目", entry -> entry.line().functionalCode()),
            JournalColumn.of("经济科目", entry -> entry.line().economicCode()),
            JournalColumn.of("资金来源", entry -> entry.line().fundSource()),
            JournalColumn.of("指标来源", entry -> entry.line().origin()),
            JournalColumn.of("申请金额", RefusalJournalEntry::amount),
            JournalColumn.of("当时可用余额", RefusalJournalEntry::available),
            JournalColumn.of("拒付原因", RefusalJournalEntry::reason),
            JournalColumn.of("其后已支付", RefusalJournalEntry::paidLater),
            JournalColumn.of("记录人", RefusalJournalEntry::recordedBy),
            JournalColumn.of("记录时间", RefusalJournalEntry::recordedAt));

    /** An adjustment document is exported a row per entry, each repeating the document's own columns. */
    private record AdjustmentRow(AdjustmentJournalEntry document, AdjustmentJournalEntry.Entry entry) {
    }

    private static final List<JournalColumn<AdjustmentRow>> ADJUSTMENT_COLUMNS = List.of(
            JournalColumn.of("调整单号", row -> row.document().documentNumber()),
            JournalColumn.of("调整类型", row -> row.document().type()),
            JournalColumn.of("调整日期", row -> row.document().date()),
            JournalColumn.of("事由", row -> row.document().reason()),
            JournalColumn.of("项目编码", row -> row.entry().line().projectCode()),
            JournalColumn.of("项目名称", row -> row.entry().line().projectName()),
            JournalColumn.of("功能科目", row -> row.entry().line().functionalCode()),
            JournalColumn.of("经济科目", row -> row.entry().line().economicCode()),
            JournalColumn.of("资金来源", row -> row.entry().line().fundSource()),
            JournalColumn.of("指标来源", row -> row.entry().line().origin()),
            JournalColumn.of("调整金额", row -> row.entry().amount()));

    private final JournalRepository journals;
    private final BudgetLedgerRepository ledger;

    public JournalController(JournalRepository journals, BudgetLedgerRepository ledger) {
        this.journals = journals;
        this.ledger = ledger;
    }

    @GetMapping("/refusals")
    @Operation(summary = "拒付台账", description = "最新在前。status：已支付（凭证其后已支付）或 未支付；q 搜索凭证号；"
            + "sort 按列排序（date、voucher、projectCode、functionalCode、economicCode、fundSource、amount、available、"
            + "paidLater、recordedAt，前加 - 为降序）；"
            + "format=json（缺省，分页）、csv（UTF-8 BOM）或 xlsx（导出筛选后的全部）")
    public ResponseEntity<?> refusals(@PathVariable String unit, @PathVariable int year,
                                      @ParameterObject JournalParameters parameters) {
        UnitYear budget = known(unit, year);
        JournalRequest request = parameters.request();
        String asked = request.statusAmong(List.of(PAID_LATER, NOT_PAID));
        Boolean paidLater = asked == null ? null : asked.equals(PAID_LATER);
        return JournalAnswer.of(parameters.formatOrJson(), "拒付台账-" + budget, request,
                whole -> journals.refusals(budget, whole, paidLater), List::of, REFUSAL_COLUMNS);
    }

    @GetMapping("/adjustments")
    @Operation(summary = "科目调整台账", description = "最新在前，每张调整单列出各明细。status：调剂、追加 或 追减；q 搜索调整单号与事由；"
            + "sort 按列排序（date、documentNumber、type、reason，前加 - 为降序）；"
            + "format=json（缺省，分页）、csv（UTF-8 BOM）或 xlsx（导出筛选后的全部，每条明细一行）")
    public ResponseEntity<?> adjustments(@PathVariable String unit, @PathVariable int year,
                                         @ParameterObject JournalParameters parameters) {
        UnitYear budget = known(unit, year);
        JournalRequest request = parameters.request();
        request.statusAmong(List.of("调剂", "追加", "追减"));
        return JournalAnswer.of(parameters.formatOrJson(), "科目调整台账-" + budget, request,
                whole -> journals.adjustments(budget, whole),
                document -> document.entries().stream().map(entry -> new AdjustmentRow(document, entry)).toList(),
                ADJUSTMENT_COLUMNS);
    }

    private UnitYear known(String unit, int year) {
        UnitYear budget = new UnitYear(unit, year);
        ledger.findYear(budget).orElseThrow(() -> BudgetYearNotFound.of(budget));
        return budget;
    }
}
