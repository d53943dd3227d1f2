package cn.budgetledger.query.journal;

import cn.budgetledger.api.Money;
import cn.budgetledger.query.xlsx.ReportSheets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal written out whole, as finance staff open it in Excel: CSV in UTF-8 with a BOM (so Excel on a Chinese
 * Windows reads it as UTF-8) or an XLSX sheet with a title row, the headings and amounts as numbers to the fen (a
 * BigDecimal, e.g. an amount in 万元 or a rate, is a number as written).
 */
public final class JournalExport {

    /** Recording times are shown in the ledger's zone, as the pages show them. */
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** Rows an XLSX export keeps in memory; the rest go to a temporary file as they are written. */
    private static final int ROWS_IN_MEMORY = 500;

    private JournalExport() {
    }

    public static <T> byte[] csv(List<JournalColumn<T>> columns, List<T> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(columns.stream().map(JournalColumn::heading).toList());
            for (T entry : entries) {
                List<String> cells = new ArrayList<>(columns.size());
                for (JournalColumn<T> column : columns) {
                    Object value = column.value().apply(entry);
                    cells.add(value instanceof Money ? value.toString()
                            : value instanceof BigDecimal number ? number.toPlainString() : inert(text(value)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static <T> byte[] xlsx(String title, List<JournalColumn<T>> columns, List<T> entries) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            ReportSheets style = new ReportSheets(workbook);
            Sheet sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            ReportSheets.text(sheet.createRow(0), 0, title, style.title);
            Row headings = sheet.createRow(1);
            for (int column = 0; column < columns.size(); column++) {
                ReportSheets.text(headings, column, columns.get(column).heading(), style.header);
                sheet.setColumnWidth(column, 16 * 256);
            }
            int rowIndex = 2;
            for (T entry : entries) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < columns.size(); column++) {
                    Object value = columns.get(column).value().apply(entry);
                    if (value instanceof Money amount) {
                        ReportSheets.money(row, column, amount, style.money);
                    } else if (value instanceof BigDecimal number) {
                        ReportSheets.number(row, column, number, style.money);
                    } else {
                        ReportSheets.text(row, column, text(value), style.text);
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            ReportSheets.printLandscapeOnePageWide(sheet);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A payee or summary typed as "=HYPERLINK(…)" must stay text when Excel opens the CSV: a leading quote keeps any
     * text that Excel would read as a formula inert (amounts are written as numbers and are not touched).
     */
    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return RECORDED_AT.format(instant);
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        return value.toString();
    }
}
