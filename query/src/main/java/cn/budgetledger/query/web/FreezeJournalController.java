package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.freezes.FreezeJournal;
import cn.budgetledger.query.journal.JournalColumn;
import cn.budgetledger.query.journal.JournalRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The freeze journal over HTTP: what each freeze document reserved and what it still holds. */
@RestController
@Tag(name = "冻结", description = "冻结登记簿：冻结单、已解冻与尚冻结金额")
public class FreezeJournalController {

    private static final List<JournalColumn<FreezeJournal.Entry>> COLUMNS = List.of(
            JournalColumn.of("冻结单号", FreezeJournal.Entry::documentNumber),
            JournalColumn.of("冻结类型", FreezeJournal.Entry::kind),
            JournalColumn.of("冻结日期", FreezeJournal.Entry::date),
            JournalColumn.of("项目编码", FreezeJournal.Entry::projectCode),
            JournalColumn.of("功能科目", FreezeJournal.Entry::functionalCode),
            JournalColumn.of("经济科目", FreezeJournal.Entry::economicCode),
            JournalColumn.of("资金来源", FreezeJournal.Entry::fundSource),
            JournalColumn.of("指标来源", FreezeJournal.Entry::origin),
            JournalColumn.of("冻结金额", FreezeJournal.Entry::amount),
            JournalColumn.of("已解冻", FreezeJournal.Entry::released),
            JournalColumn.of("尚冻结", FreezeJournal.Entry::open),
            JournalColumn.of("事由", FreezeJournal.Entry::reason),
            JournalColumn.of("记录人", FreezeJournal.Entry::recordedBy),
            JournalColumn.of("记录时间", FreezeJournal.Entry::recordedAt));

    private final FreezeJournal journal;

    public FreezeJournalController(FreezeJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/api/units/{unit}/years/{year}/freezes")
    @Operation(summary = "冻结登记簿，冻结日期最新的在前",
            description = "from/to 按冻结日期筛选（含两端）；status=open 只列尚有冻结金额的冻结单，released 只列已全部解冻的；"
                    + "project、line 按项目、指标筛选；q 搜索冻结单号与事由；sort 按列排序（date、documentNumber、kind、"
                    + "projectCode、functionalCode、economicCode、fundSource、amount、released、open、reason、recordedAt，"
                    + "前加 - 为降序）。每项：amount 冻结金额，released 已解冻，"
                    + "open 尚冻结（元）。format=json（缺省，分页）、csv（UTF-8 BOM）或 xlsx（导出筛选后的全部）")
    public ResponseEntity<?> freezes(@PathVariable String unit, @PathVariable int year,
                                     @ParameterObject JournalParameters parameters) {
        UnitYear budget = new UnitYear(unit, year);
        FreezeJournal.Status wanted = FreezeJournal.Status.of(parameters.status());
        JournalRequest request = parameters.request();
        return JournalAnswer.of(parameters.formatOrJson(), "冻结登记簿-" + budget, request, whole -> journal.page(budget, whole, wanted),
                List::of, COLUMNS);
    }
}
