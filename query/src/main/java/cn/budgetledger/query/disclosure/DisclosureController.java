package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.FiscalYear;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.web.Attachment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The public budget tables (部门预算公开表) over HTTP, as JSON or as an Excel workbook. */
@RestController
@RequestMapping("/api/units/{unit}/years/{year}/disclosure")
@Tag(name = "公开表", description = "部门预算公开表：按功能分类支出、基本支出经济分类、三公经费、收入、项目支出（万元）")
public class DisclosureController {

    private final PublicTables tables;

    public DisclosureController(PublicTables tables) {
        this.tables = tables;
    }

    @GetMapping(params = "format!=xlsx")
    @Operation(summary = "公开表（JSON）", description = "每个单元格由其精确合计（分）四舍五入到万元两位小数，"
            + "合计不是各行舍入值之和，故可能出现尾差，与公开表一致。fundSource 可重复，缺省为全部资金来源，"
            + "含该资金来源的上年结转指标；\"三公\"经费表缺省只计一般公共预算拨款（公开的是一般公共预算财政拨款\"三公\"经费表），"
            + "给出 fundSource 时与其他表一样只计所给资金来源，threePublicFundSources 列出其所计资金来源；"
            + "incomeBySource 按资金来源列本年资金，上年结转结余列全部结转资金，carriedOverBySource 按资金来源拆分结转资金；"
            + "asOf 缺省为年末（限于该年度内）。同比：账中有该单位上一年度时，各表每行另有 previous（上一年度同口径、"
            + "同资金来源、截至 asOf 前一年同日的该行合计）与 change（本年减上年，由精确合计舍入一次），previousAsOf 为上年所截日期；"
            + "仅上年有的行也列出（本年 0.00）；threePublicPrevious 与 threePublicChange 为上年的\"三公\"经费表及各栏增减，"
            + "incomeBySourcePrevious 与 incomeBySourceChange 按 incomeBySource 的键给出上年数与增减；"
            + "无上一年度时这些字段为 null。projects 各行的 unit 为项目单位，另有 unitName 与各资金来源列（表10）。"
            + "完整公开表（各行 code、name、万元各栏、previous、change，合计在前）：incomeAndExpenditure（收支总表，income 与 "
            + "expenditure 两侧，全部资金来源与全部功能分类类级科目，含 0 行；执行口径下收入为可用资金即调整后预算，"
            + "年终结转结余 = 收入 − 支出）、incomeTable（收入总表）、expenditureTable（支出总表）、fiscalAppropriation"
            + "（财政拨款收支总表）、generalPublicBudget、generalPublicBudgetByUnit、generalPublicBudgetBasic（一般公共预算"
            + "财政拨款支出表、分单位表与基本支出表）、governmentFunds、stateCapital、threePublicGovernmentFunds、"
            + "performanceTargets（绩效目标表）")
    public Disclosure disclosure(
            @PathVariable String unit, @PathVariable int year,
            @RequestParam(defaultValue = "original") @Parameter(description = "original（年初预算）、adjusted（调整后预算）或 executed（执行数）") String basis,
            @RequestParam(required = false) @Parameter(description = "资金来源名称，如 一般公共预算拨款；可重复。缺省：各表计全部资金来源，\"三公\"经费表只计一般公共预算拨款") List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        return tables.of(budget, Basis.of(basis), asOfInside(year, asOf), sources(fundSource));
    }

    @GetMapping(params = "format=xlsx")
    @Operation(summary = "公开表（Excel）", description = "同样的表（与公开表页面所示相同），每表一个工作表，中文表头，单位万元；先按公开表顺序（表1 收支总表 … 表11 绩效目标表，合计在前），再为明细表；"
            + "每表标题注明口径与所计资金来源（全部资金来源为“全部”），如“支出表（按功能分类科目）（执行数，资金来源：一般公共预算拨款）”；"
            + "有上一年度时各表末尾另有 上年、增减 两列")
    public ResponseEntity<byte[]> workbook(
            @PathVariable String unit, @PathVariable int year,
            @RequestParam(defaultValue = "original") String basis,
            @RequestParam(required = false) List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        Basis chosen = Basis.of(basis);
        Disclosure disclosure = tables.of(budget, chosen, asOfInside(year, asOf), sources(fundSource));
        String fileName = unit + "-" + year + "-公开表-" + chosen.label() + ".xlsx";
        return Attachment.of(Attachment.XLSX, fileName, DisclosureWorkbook.of(disclosure, chosen));
    }

    @GetMapping(path = "/comparison", params = "format!=xlsx")
    @Operation(summary = "决算对比（JSON）", description = "公开表的各表在预算口径（budget：original 年初预算或 adjusted 调整后预算）"
            + "与执行数之间逐行对比：每行 budget（预算数）、executed（执行数）、difference（执行数减预算数）均为万元，"
            + "executionRate 为执行率（%，两位小数四舍五入，预算为 0 时为 null），都由该行的精确合计（分）算出；"
            + "tables 按表名给出（收支总表与财政拨款收支总表分为 .income 与 .expenditure，另有 threePublic 与 "
            + "threePublicGovernmentFunds）。执行口径下收入方为可用资金（调整后预算）。budget=executed 或未知：400 BASIS_UNKNOWN")
    public DisclosureComparison comparison(
            @PathVariable String unit, @PathVariable int year,
            @RequestParam(defaultValue = "original") @Parameter(description = "original（年初预算）或 adjusted（调整后预算）") String budget,
            @RequestParam(required = false) @Parameter(description = "资金来源名称；可重复，同公开表") List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Basis basis = Basis.budget(budget);
        return tables.comparison(new UnitYear(unit, year), basis, asOfInside(year, asOf), sources(fundSource));
    }

    @GetMapping(path = "/comparison", params = "format=xlsx")
    @Operation(summary = "决算对比（Excel）", description = "同样的对比，每表一个工作表：预算数 | 执行数 | 差额 | 执行率（%）")
    public ResponseEntity<byte[]> comparisonWorkbook(
            @PathVariable String unit, @PathVariable int year,
            @RequestParam(defaultValue = "original") String budget,
            @RequestParam(required = false) List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Basis basis = Basis.budget(budget);
        DisclosureComparison comparison = tables.comparison(new UnitYear(unit, year), basis, asOfInside(year, asOf),
                sources(fundSource));
        String fileName = unit + "-" + year + "-决算对比-" + basis.label() + ".xlsx";
        return Attachment.of(Attachment.XLSX, fileName, DisclosureWorkbook.comparison(comparison.unitName(), comparison));
    }

    /** The public tables speak of the whole year unless asked otherwise. */
    static LocalDate asOfInside(int year, LocalDate asOf) {
        FiscalYear fiscalYear = new FiscalYear(year);
        return fiscalYear.keepInside(asOf == null ? fiscalYear.lastDay() : asOf);
    }

    static Set<FundSource> sources(List<String> names) {
        Set<FundSource> sources = EnumSet.noneOf(FundSource.class);
        if (names != null) {
            names.stream().filter(name -> !name.isBlank()).map(FundSource::of).forEach(sources::add);
        }
        return sources;
    }
}
