package cn.budgetledger.query.web;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.evaluation.Evaluation;
import cn.budgetledger.query.evaluation.EvaluationPage;
import cn.budgetledger.query.evaluation.EvaluationService;
import cn.budgetledger.query.evaluation.EvaluationView;
import cn.budgetledger.query.evaluation.EvaluationWorkbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The year-end self-evaluation (绩效自评) as JSON, as a workbook and as a printable page. */
@RestController
@Tag(name = "绩效自评", description = "整体支出及各有绩效目标项目的年终绩效自评")
public class EvaluationController {

    private final EvaluationService evaluations;
    private final EvaluationWorkbook workbook;
    private final EvaluationPage page;

    public EvaluationController(EvaluationService evaluations, EvaluationWorkbook workbook, EvaluationPage page) {
        this.evaluations = evaluations;
        this.workbook = workbook;
        this.page = page;
    }

    @GetMapping("/api/units/{unit}/years/{year}/evaluation")
    @Operation(summary = "绩效自评",
            description = "截至结转日（未结转则为 12 月 31 日；asOf 可预览年中）。预算执行率 10 分；各绩效目标按权重计分："
                    + "达标得满分；未达标时正向（≥、>）权重×实际/目标，反向（≤、<）权重×目标/实际，"
                    + "等于（=）权重×max(0, 1−|实际−目标|/目标)，不超过权重；无法计算的指标与未填报的手工指标得 0 分并说明。"
                    + "定性指标得填报的得分（完成等级所在档内），未填报完成等级得 0 分并列入 missing。"
                    + "等级：优≥90%、良≥80%、中≥60%（占满分），否则差；未设绩效目标的范围不评等级（grade 为 null，"
                    + "targetsSet 为 false，gradeNote 说明），只列预算执行率得分。预算编制准确率实为偏差率 ∣执行−年初∣/年初，"
                    + "越低越好（reading 说明）。format=json（缺省）、xlsx（自评表工作簿）或 html（可打印页面）")
    public ResponseEntity<?> evaluation(@PathVariable String unit, @PathVariable int year,
                                        @RequestParam(defaultValue = "json") String format,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitYear budget = new UnitYear(unit, year);
        if (asOf != null && !budget.contains(asOf)) {
            throw LedgerException.invalid("DATE_OUTSIDE_YEAR", "日期 " + asOf + " 不在 " + year + " 预算年度内");
        }
        Evaluation evaluation = evaluations.evaluate(budget, asOf);
        return switch (format) {
            case "json" -> ResponseEntity.ok(EvaluationView.of(evaluation));
            case "xlsx" -> Attachment.of(Attachment.XLSX, "绩效自评-" + budget + ".xlsx", workbook.write(evaluation));
            case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(page.render(evaluation));
            default -> throw LedgerException.invalid("FORMAT_UNKNOWN", "未知的格式：" + format + "（应为 json、xlsx 或 html）");
        };
    }
}
