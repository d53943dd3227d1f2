package cn.budgetledger.query.yearend;

import cn.budgetledger.api.Money;
import cn.budgetledger.query.ledger.YearEndOutcome;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The year-end report as a workbook: one sheet, a row per line (资金来源, 项目, 功能科目, 经济科目, 结转, 结余, 合计)
 * followed by its project's 小计, each fund source's 合计 and the unit's 总计. Amounts in 元, cells Excel can sum.
 */
@Component
public class YearEndWorkbook {

    static final List<String> HEADINGS = List.of("资金来源", "项目编码", "项目名称", "功能科目", "经济科目",
            "结转（元）", "结余（元）", "合计（元）");

    public byte[] write(YearEndReport report) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("结转和结余");
            int[] widths = {20, 24, 30, 12, 12, 16, 16, 16};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            merged(sheet, 0, report.unitName() + " " + report.year() + " 年度结转和结余情况表", styles.title);
            merged(sheet, 1, "（" + report.unit() + "，年终结转日期 " + report.closedOn() + "；结转：项目支出未用余额转入下一年度；"
                    + "结余：基本支出未用余额）", styles.centered);
            Row headings = sheet.createRow(2);
            for (int column = 0; column < HEADINGS.size(); column++) {
                text(headings, column, HEADINGS.get(column), styles.header);
            }
            for (YearEndReport.FundSourceBalances source : report.fundSources()) {
                for (YearEndReport.ProjectBalances project : source.projects()) {
                    for (YearEndReport.LineEntry line : project.lines()) {
                        boolean carried = YearEndOutcome.CARRIED_FORWARD.label().equals(line.outcome());
                        row(sheet, styles, List.of(source.fundSource(), project.projectCode(), project.projectName(),
                                        line.functionalCode(), line.economicCode()),
                                carried ? line.amount() : Money.ZERO, carried ? Money.ZERO : line.amount(),
                                line.amount());
                    }
                    row(sheet, styles, List.of(source.fundSource(), project.projectCode(), project.projectName() + " 小计",
                            "", ""), project.carriedForward(), project.lapsed(), project.total());
                }
                row(sheet, styles, List.of(source.fundSource() + " 合计", "", "", "", ""), source.carriedForward(),
                        source.lapsed(), source.total());
            }
            row(sheet, styles, List.of("总计", "", "", "", ""), report.carriedForward(), report.lapsed(), report.total());
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void row(Sheet sheet, Styles styles, List<String> texts, Money carried, Money lapsed, Money total) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int column = 0; column < texts.size(); column++) {
            text(row, column, texts.get(column), styles.text);
        }
        int column = texts.size();
        for (Money amount : List.of(carried, lapsed, total)) {
            Cell cell = row.createCell(column++);
            // The nearest double to the amount in 元: Excel shows it to the fen, as the JSON does.
            cell.setCellValue(amount.toBigDecimal().doubleValue());
            cell.setCellStyle(styles.money);
        }
    }

    private static void merged(Sheet sheet, int rowIndex, String value, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, HEADINGS.size() - 1));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle centered;
        final CellStyle header;
        final CellStyle text;
        final CellStyle money;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(large);
            title.setAlignment(HorizontalAlignment.CENTER);
            centered = workbook.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(workbook);
            money = bordered(workbook);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
