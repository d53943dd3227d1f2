package cn.budgetledger.query.xlsx;

import cn.budgetledger.api.Money;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;

/**
 * The house style of the printable report workbooks (绩效自评表, 结转和结余情况表): a large centred title, bordered
 * cells, bold headings, amounts in 元 to the fen; and the cell writing they share.
 */
public final class ReportSheets {

    public final CellStyle title;
    public final CellStyle centered;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle money;
    public final CellStyle number;

    public ReportSheets(Workbook workbook) {
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
        text.setWrapText(true);
        money = bordered(workbook);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        number = bordered(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    public static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The nearest double to the amount in 元: Excel shows it to the fen, as the JSON does, and can sum it. */
    public static void money(Row row, int column, Money amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.toBigDecimal().doubleValue());
        cell.setCellStyle(style);
    }

    /** A decimal as written (e.g. 万元 to two places): the nearest double, shown with the style's decimals. */
    public static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** A new row whose columns from..to are one cell holding the value. */
    public static void merged(Sheet sheet, int rowIndex, int from, int to, String value, CellStyle style) {
        mergedIn(sheet, sheet.createRow(rowIndex), rowIndex, from, to, value, style);
    }

    public static void mergedIn(Sheet sheet, Row row, int rowIndex, int from, int to, String value, CellStyle style) {
        for (int column = from; column <= to; column++) {
            text(row, column, column == from ? value : "", style);
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
    }

    /** Printed landscape, every column on one page's width, as many pages long as it takes. */
    public static void printLandscapeOnePageWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
