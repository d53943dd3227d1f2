package cn.budgetledger.query.disclosure;

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
import java.util.List;

/** A department's (主管部门) public budget tables over HTTP: its units summed, as JSON or as an Excel workbook. */
@RestController
@RequestMapping("/api/departments/{department}/years/{year}/disclosure")
@Tag(name = "公开表")
public class DepartmentDisclosureController {

    private final PublicTables tables;

    public DepartmentDisclosureController(PublicTables tables) {
        this.tables = tables;
    }

    @GetMapping(params = "format!=xlsx")
    @Operation(summary = "主管部门公开表（JSON）", description = "与单位公开表同样的表与参数，对该主管部门该年度的全部单位求和"
            + "（单位属于哪个主管部门：管理员设定的，未设定时为其最近开启年度的上级代码，与访问控制相同）；"
            + "每个单元格由其精确合计（分）舍入，故可能有尾差；units 为分单位表（单位代码、名称、合计、基本支出、项目支出）；"
            + "projects 的 unit 为项目单位；完整公开表各字段同单位公开表，incomeTable 与 generalPublicBudgetByUnit 按单位列行。同比：该主管部门上一年度有单位时，各行另有 previous 与 change（见单位公开表）。"
            + "该年度没有单位：404 DEPARTMENT_NOT_FOUND")
    public DepartmentDisclosure disclosure(
            @PathVariable @Parameter(description = "主管部门代码（1 至 6 位数字），如 503") String department,
            @PathVariable int year,
            @RequestParam(defaultValue = "original") @Parameter(description = "original（年初预算）、adjusted（调整后预算）或 executed（执行数）") String basis,
            @RequestParam(required = false) @Parameter(description = "资金来源名称；可重复，同单位公开表") List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tables.ofDepartment(department, year, Basis.of(basis), DisclosureController.asOfInside(year, asOf),
                DisclosureController.sources(fundSource));
    }

    @GetMapping(params = "format=xlsx")
    @Operation(summary = "主管部门公开表（Excel）", description = "同样的表，每表一个工作表，另有 分单位 工作表；单位万元；"
            + "有上一年度时各表末尾另有 上年、增减 两列")
    public ResponseEntity<byte[]> workbook(
            @PathVariable String department, @PathVariable int year,
            @RequestParam(defaultValue = "original") String basis,
            @RequestParam(required = false) List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Basis chosen = Basis.of(basis);
        DepartmentDisclosure disclosure = tables.ofDepartment(department, year, chosen,
                DisclosureController.asOfInside(year, asOf), DisclosureController.sources(fundSource));
        String fileName = disclosure.department() + "-" + year + "-部门公开表-" + chosen.label() + ".xlsx";
        return Attachment.of(Attachment.XLSX, fileName, DisclosureWorkbook.of(disclosure, chosen));
    }

    @GetMapping(path = "/comparison", params = "format!=xlsx")
    @Operation(summary = "主管部门决算对比（JSON）", description = "同单位的决算对比，对该主管部门该年度的全部单位求和；"
            + "该年度没有单位：404 DEPARTMENT_NOT_FOUND")
    public DisclosureComparison comparison(
            @PathVariable String department, @PathVariable int year,
            @RequestParam(defaultValue = "original") @Parameter(description = "original（年初预算）或 adjusted（调整后预算）") String budget,
            @RequestParam(required = false) List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Basis basis = Basis.budget(budget);
        return tables.comparisonOfDepartment(department, year, basis, DisclosureController.asOfInside(year, asOf),
                DisclosureController.sources(fundSource));
    }

    @GetMapping(path = "/comparison", params = "format=xlsx")
    @Operation(summary = "主管部门决算对比（Excel）", description = "每表一个工作表：预算数 | 执行数 | 差额 | 执行率（%）")
    public ResponseEntity<byte[]> comparisonWorkbook(
            @PathVariable String department, @PathVariable int year,
            @RequestParam(defaultValue = "original") String budget,
            @RequestParam(required = false) List<String> fundSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Basis basis = Basis.budget(budget);
        DisclosureComparison comparison = tables.comparisonOfDepartment(department, year, basis,
                DisclosureController.asOfInside(year, asOf), DisclosureController.sources(fundSource));
        String fileName = department + "-" + year + "-部门决算对比-" + basis.label() + ".xlsx";
        return Attachment.of(Attachment.XLSX, fileName,
                DisclosureWorkbook.comparison("主管部门 " + department, comparison));
    }
}
