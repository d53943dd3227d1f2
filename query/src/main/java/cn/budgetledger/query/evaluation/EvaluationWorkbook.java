package cn.budgetledger.query.evaluation;

import cn.budgetledger.query.xlsx.ReportSheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import static cn.budgetledger.query.xlsx.ReportSheets.merged;
import static cn.budgetledger.query.xlsx.ReportSheets.mergedIn;
import static cn.budgetledger.query.xlsx.ReportSheets.money;
import static cn.budgetledger.query.xlsx.ReportSheets.printLandscapeOnePageWide;
import static cn.budgetledger.query.xlsx.ReportSheets.text;

/**
 * The self-evaluation as a workbook laid out like the central 项目支出绩效自评表: one sheet for the unit
 * as a whole (整体支出) and one per project; funds first (年初预算数, 全年预算数, 全年执行数, 分值, 执行率,
 * 得分), then the indicators (一级/二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因), then the total
 * and the grade. Numbers are cells Excel can sum; the text is as the JSON shows it.
 */
@Component
public class EvaluationWorkbook {

    private static final int COLUMNS = 8;

    public byte[] write(Evaluation evaluation) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReportSheets styles = new ReportSheets(workbook);
            sheet(workbook, styles, evaluation, evaluation.unit(), "整体支出");
            for (ScopeEvaluation project : evaluation.projects()) {
                sheet(workbook, styles, evaluation, project, project.code());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void sheet(Workbook workbook, ReportSheets styles, Evaluation evaluation, ScopeEvaluation scope,
                              String sheetName) {
        Sheet sheet = workbook.createSheet(sheetName);
        int[] widths = {14, 14, 16, 30, 14, 14, 10, 10};
        for (int column = 0; column < COLUMNS; column++) {
            sheet.setColumnWidth(column, widths[column] * 256 + 512);
        }
        int row = 0;
        merged(sheet, row++, 0, COLUMNS - 1, (scope.code() == null ? "部门整体支出绩效自评表" : "项目支出绩效自评表"), styles.title);
        merged(sheet, row++, 0, COLUMNS - 1, "（" + evaluation.budget().year() + " 年度，截至 " + evaluation.asOf() + "）", styles.centered);

        Row named = sheet.createRow(row);
        text(named, 0, scope.code() == null ? "单位名称" : "项目名称", styles.header);
        mergedIn(sheet, named, row++, 1, COLUMNS - 1,
                scope.code() == null ? evaluation.budget().unit() + " " + evaluation.unitName()
                        : scope.code() + " " + scope.name(), styles.text);
        Row unit = sheet.createRow(row);
        text(unit, 0, "实施单位", styles.header);
        mergedIn(sheet, unit, row++, 1, COLUMNS - 1, evaluation.budget().unit() + " " + evaluation.unitName(), styles.text);

        Row fundsHeader = sheet.createRow(row++);
        String[] fundColumns = {"项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分"};
        for (int column = 0; column < COLUMNS; column++) {
            text(fundsHeader, column, fundColumns[column], styles.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(fundsHeader.getRowNum(), fundsHeader.getRowNum(), 0, 1));
        Row funds = sheet.createRow(row);
        mergedIn(sheet, funds, row++, 0, 1, "年度资金总额", styles.text);
        money(funds, 2, scope.measures().original(), styles.money);
        money(funds, 3, scope.measures().adjusted(), styles.money);
        money(funds, 4, scope.measures().executed(), styles.money);
        number(funds, 5, Scoring.EXECUTION_POINTS, styles.number);
        number(funds, 6, scope.executionRate(), styles.number);
        number(funds, 7, scope.executionScore(), styles.number);

        Row indicatorsHeader = sheet.createRow(row++);
        String[] indicatorColumns = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int column = 0; column < COLUMNS; column++) {
            text(indicatorsHeader, column, indicatorColumns[column], styles.header);
        }
        for (IndicatorScore score : scope.indicators()) {
            PerformanceTarget target = score.target();
            Row line = sheet.createRow(row++);
            text(line, 0, target.firstLevel(), styles.text);
            text(line, 1, target.secondLevel(), styles.text);
            text(line, 2, target.nameShown(), styles.text);
            text(line, 3, target.shown(), styles.text);
            if (score.actual() != null) {
                number(line, 4, score.actual(), styles.number);
            } else {
                text(line, 4, score.level() != null ? score.level().label() : "—", styles.text);
            }
            number(line, 5, target.weight(), styles.number);
            number(line, 6, score.score(), styles.number);
            String explanation = score.note() != null ? score.note() : score.deviationReason();
            text(line, 7, explanation == null ? "" : explanation, styles.text);
        }
        Row total = sheet.createRow(row++);
        mergedIn(sheet, total, total.getRowNum(), 0, 4, "总分", styles.header);
        number(total, 5, scope.maximum(), styles.number);
        number(total, 6, scope.total(), styles.number);
        text(total, 7, scope.hasTargets() ? "评价等级：" + scope.grade().label() : ScopeEvaluation.NO_TARGETS,
                styles.header);
        if (!scope.missing().isEmpty()) {
            merged(sheet, row, 0, COLUMNS - 1, "未填报实际完成值的指标：" + String.join("、", scope.missing()), styles.text);
        }
        printLandscapeOnePageWide(sheet);
    }

    /** Two decimals half-up, as the JSON shows it: what a reader sees is what the cell holds. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value == null) {
            cell.setCellValue("—");
        } else {
            cell.setCellValue(Double.parseDouble(Shown.twoDecimals(value)));
        }
    }
}
