package cn.budgetledger.query.web;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.journal.Journal;
import cn.budgetledger.query.journal.JournalColumn;
import cn.budgetledger.query.journal.JournalRequest;
import cn.budgetledger.query.journal.PaymentJournalItem;
import cn.budgetledger.query.journal.PaymentJournalRepository;
import cn.budgetledger.query.journal.ReviewEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The payments journal and the review queue of a unit-year over HTTP (JSON). */
@RestController
@Tag(name = "日记账与审核", description = "支付日记账（已支付／已冲销／待审核／已退回）与待审核凭证")
public class PaymentJournalController {

    private static final List<JournalColumn<PaymentJournalItem>> PAYMENT_COLUMNS = List.of(
            JournalColumn.of("凭证号", PaymentJournalItem::voucher),
            JournalColumn.of("支付日期", PaymentJournalItem::date),
            JournalColumn.of("项目编码", PaymentJournalItem::projectCode),
            JournalColumn.of("功能科目", PaymentJournalItem::functionalCode),
            JournalColumn.of("经济科目", PaymentJournalItem::economicCode),
            JournalColumn.of("资金来源", PaymentJournalItem::fundSource),
            JournalColumn.of("金额", PaymentJournalItem::amount),
            JournalColumn.of("收款人", PaymentJournalItem::payee),
            JournalColumn.of("摘要", PaymentJournalItem::summary),
            JournalColumn.of("状态", PaymentJournalItem::status),
            JournalColumn.of("冲销凭证号", PaymentJournalItem::reversedBy),
            JournalColumn.of("记录人", PaymentJournalItem::recordedBy),
            JournalColumn.of("记录时间", PaymentJournalItem::recordedAt));

    private final PaymentJournalRepository journal;

    public PaymentJournalController(PaymentJournalRepository journal) {
        this.journal = journal;
    }

    @GetMapping("/api/units/{unit}/years/{year}/payments")
    @Operation(summary = "支付日记账，最新在前，分页",
            description = "status 为 已支付、已冲销、待审核 或 已退回（缺省全部）；q 在凭证号、收款人、摘要中查找；"
                    + "from/to 限定业务日期；sort 按列排序（date、voucher、projectCode、functionalCode、economicCode、"
                    + "fundSource、amount、payee、status、recordedAt，前加 - 为降序，如 sort=-amount；缺省最新在前）。待审核与已退回为需审核年度中尚未记账的制单（同一凭证号只列最近一次制单）；"
                    + "format=json（缺省，分页）、csv（UTF-8 BOM）或 xlsx（导出筛选后的全部）")
    public ResponseEntity<?> payments(@PathVariable String unit, @PathVariable int year,
                                     @ParameterObject JournalParameters parameters) {
        UnitYear budget = new UnitYear(unit, year);
        JournalRequest request = parameters.request();
        return JournalAnswer.of(parameters.formatOrJson(), "支付日记账-" + budget, request, whole -> journal.payments(budget, whole),
                List::of, PAYMENT_COLUMNS);
    }

    @GetMapping("/api/units/{unit}/years/{year}/entries")
    @Operation(summary = "制单与审核记录（审核队列），最新在前，分页",
            description = "需审核年度中制单的支付与冲销及其审核结果：status 为 待审核、已通过 或 已退回（缺省全部）。"
                    + "审核人以 status=待审核 取得待审核队列")
    public Journal<ReviewEntry> entries(@PathVariable String unit, @PathVariable int year,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return journal.entries(new UnitYear(unit, year), JournalRequest.of(null, null, status, null, null, null, page, size));
    }
}
