package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.freezes.FreezeJournal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The freeze journal over HTTP: what each freeze document reserved and what it still holds. */
@RestController
@Tag(name = "冻结", description = "冻结登记簿：冻结单、已解冻与尚冻结金额")
public class FreezeJournalController {

    private final FreezeJournal journal;

    public FreezeJournalController(FreezeJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/api/units/{unit}/years/{year}/freezes")
    @Operation(summary = "冻结登记簿，冻结日期最新的在前",
            description = "from/to 按冻结日期筛选（含两端）；status=open 只列尚有冻结金额的冻结单，released 只列已全部解冻的；"
                    + "q 搜索冻结单号与事由。每项：amount 冻结金额，released 已解冻，open 尚冻结（元）")
    public FreezeJournal.Page freezes(@PathVariable String unit, @PathVariable int year,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @Parameter(description = "open 或 released；缺省全部") @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        return journal.page(new UnitYear(unit, year), from, to, FreezeJournal.Status.of(status), q, page, size);
    }
}
