package cn.budgetledger.query.journal;

import cn.budgetledger.api.UnitYear;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The payments journal and the review queue of a unit-year over HTTP (JSON). */
@RestController
@Tag(name = "日记账与审核", description = "支付日记账（已支付／已冲销／待审核／已退回）与待审核凭证")
public class JournalController {

    private final JournalRepository journal;

    public JournalController(JournalRepository journal) {
        this.journal = journal;
    }

    @GetMapping("/api/units/{unit}/years/{year}/payments")
    @Operation(summary = "支付日记账，最新在前，分页",
            description = "status 为 已支付、已冲销、待审核 或 已退回（缺省全部）；q 在凭证号、收款人、摘要中查找；"
                    + "from/to 限定业务日期。待审核与已退回为需审核年度中尚未记账的制单（同一凭证号只列最近一次制单）")
    public Page<PaymentJournalItem> payments(@PathVariable String unit, @PathVariable int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return journal.payments(new UnitYear(unit, year), from, to, status, q, page, size);
    }

    @GetMapping("/api/units/{unit}/years/{year}/entries")
    @Operation(summary = "制单与审核记录（审核队列），最新在前，分页",
            description = "需审核年度中制单的支付与冲销及其审核结果：status 为 待审核、已通过 或 已退回（缺省全部）。"
                    + "审核人以 status=待审核 取得待审核队列")
    public Page<ReviewEntry> entries(@PathVariable String unit, @PathVariable int year,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return journal.entries(new UnitYear(unit, year), status, page, size);
    }
}
