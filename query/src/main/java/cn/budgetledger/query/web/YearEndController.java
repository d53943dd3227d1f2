package cn.budgetledger.query.web;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.yearend.YearEndReport;
import cn.budgetledger.query.yearend.YearEndService;
import cn.budgetledger.query.yearend.YearEndWorkbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The year-end report (结转和结余) of a closed unit-year, as JSON and as a workbook. */
@RestController
@Tag(name = "年终结转", description = "年终结转后各指标的结转（项目支出）与结余（基本支出）")
public class YearEndController {

    private final YearEndService yearEnd;
    private final YearEndWorkbook workbook;

    public YearEndController(YearEndService yearEnd, YearEndWorkbook workbook) {
        this.yearEnd = yearEnd;
        this.workbook = workbook;
    }

    @GetMapping("/api/units/{unit}/years/{year}/year-end")
    @Operation(summary = "结转和结余情况",
            description = "年终结转时各指标的未用余额：项目支出结转下一年度，基本支出作为结余；按资金来源、项目、指标列示并合计。"
                    + "未结转的年度 409 YEAR_NOT_CLOSED。format=json（缺省）或 xlsx")
    public ResponseEntity<?> yearEnd(@PathVariable String unit, @PathVariable int year,
                                     @RequestParam(defaultValue = "json") String format) {
        UnitYear budget = new UnitYear(unit, year);
        if (!format.equals("json") && !format.equals("xlsx")) {
            throw LedgerException.invalid("FORMAT_UNKNOWN", "未知的格式：" + format + "（应为 json 或 xlsx）");
        }
        YearEndReport report = yearEnd.report(budget);
        if (format.equals("json")) {
            return ResponseEntity.ok(report);
        }
        return Attachment.of(Attachment.XLSX, "结转和结余-" + budget + ".xlsx", workbook.write(report));
    }
}
