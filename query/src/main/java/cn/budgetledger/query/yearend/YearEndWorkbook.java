package cn.budgetledger.query.yearend;

import cn.budgetledger.api.Money;
import cn.budgetledger.query.xlsx.ReportSheets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static cn.budgetledger.query.xlsx.ReportSheets.merged;
import static cn.budgetledger.query.xlsx.ReportSheets.money;
import static cn.budgetledger.query.xlsx.ReportSheets.printLandscapeOnePageWide;
import static cn.budgetledger.query.xlsx.ReportSheets.text;

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
            ReportSheets styles = new ReportSheets(workbook);
            Sheet sheet = workbook.createSheet("结转和结余");
            int[] widths = {20, 24, 30, 12, 12, 16, 16, 16};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            int last = HEADINGS.size() - 1;
            merged(sheet, 0, 0, last, report.unitName() + " " + report.year() + " 年度结转和结余情况表", styles.title);
            merged(sheet, 1, 0, last, "（" + report.unit() + "，年终结转日期 " + report.closedOn()
                    + "；结转：项目支出未用余额转入下一年度；结余：基本支出未用余额）", styles.centered);
            Row headings = sheet.createRow(2);
            for (int column = 0; column < HEADINGS.size(); column++) {
                text(headings, column, HEADINGS.get(column), styles.header);
            }
            for (YearEndReport.FundSourceBalances source : report.fundSources()) {
                for (YearEndReport.ProjectBalances project : source.projects()) {
                    for (YearEndReport.LineEntry line : project.lines()) {
                        row(sheet, styles, List.of(source.fundSource(), project.projectCode(), project.projectName(),
                                        line.functionalCode(), line.economicCode()),
                                line.carriedForward(), line.lapsed(), line.amount());
                    }
                    row(sheet, styles, List.of(source.fundSource(), project.projectCode(), project.projectName() + " 小计",
                            "", ""), project.carriedForward(), project.lapsed(), project.total());
                }
                row(sheet, styles, List.of(source.fundSource() + " 合计", "", "", "", ""), source.carriedForward(),
                        source.lapsed(), source.total());
            }
            row(sheet, styles, List.of("总计", "", "", "", ""), report.carriedForward(), report.lapsed(), report.total());
            printLandscapeOnePageWide(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void row(Sheet sheet, ReportSheets styles, List<String> texts, Money carried, Money lapsed,
                            Money total) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int column = 0; column < texts.size(); column++) {
            text(row, column, texts.get(column), styles.text);
        }
        int column = texts.size();
        for (Money amount : List.of(carried, lapsed, total)) {
            money(row, column++, amount, styles.money);
        }
    }
}
