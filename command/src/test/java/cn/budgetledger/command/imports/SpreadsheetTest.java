package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading import files: CSV in either encoding, with or without BOM, and XLSX, row by row. */
class SpreadsheetTest {

    static final String CSV = "单位代码,项目名称,金额\n503019,\"日常系统运行经费，一期\",\"1,200,700.00\"\n\n503019,人员经费,5\n";

    @Test
    void utf8WithoutBom() {
        Read read = read(CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(read.columns).containsExactly("单位代码", "项目名称", "金额");
        assertThat(read.rows).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(read.rows.get(0).text("项目名称")).isEqualTo("日常系统运行经费，一期");
        assertThat(read.rows.get(0).text("金额")).isEqualTo("1,200,700.00");
    }

    @Test
    void utf8WithBom_theBomIsNoPartOfTheFirstColumnsName() {
        byte[] text = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        Read read = read(withBom);

        assertThat(read.columns.get(0)).isEqualTo("单位代码");
        assertThat(read.rows.get(0).text("单位代码")).isEqualTo("503019");
    }

    @Test
    void gb18030AsExcelSavesItInChina() {
        byte[] gbk = CSV.getBytes(Charset.forName("GBK"));

        Read read = read(gbk);

        assertThat(encodingOf(gbk)).isEqualTo(TextEncoding.GB18030);
        assertThat(read.columns).containsExactly("单位代码", "项目名称", "金额");
        assertThat(read.rows.get(1).text("项目名称")).isEqualTo("人员经费");
    }

    @Test
    void xlsxByContent_withDateCellsAsIsoDatesAndNumbersAsWritten() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("凭证号");
            header.createCell(1).setCellValue("支付日期");
            header.createCell(2).setCellValue("金额");
            header.createCell(4).setCellValue("备注");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("m/d/yy"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("V-1");
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 5));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(1200700.5);
            book.write(out);
            workbook = out.toByteArray();
        }

        Read read = read(workbook);

        assertThat(read.columns).containsExactly("凭证号", "支付日期", "金额", "", "备注");
        assertThat(read.rows).hasSize(1);
        assertThat(read.rows.get(0).number()).isEqualTo(3);
        assertThat(read.rows.get(0).text("支付日期")).isEqualTo("2025-03-05");
        assertThat(read.rows.get(0).text("金额")).isEqualTo("1200700.5");
    }

    @Test
    void aBrokenWorkbookIsUnreadable() {
        byte[] notReallyXlsx = {'P', 'K', 3, 4, 1, 2, 3};

        assertThatThrownBy(() -> read(notReallyXlsx)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("无法读取文件");
    }

    @Test
    void datesAreIsoOrSlashed_andMustExist() {
        assertThat(BusinessDate.parse("2025-03-05")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(BusinessDate.parse("2025/3/5")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThatThrownBy(() -> BusinessDate.parse("2025/3-5")).hasMessageContaining("日期格式应为");
        assertThatThrownBy(() -> BusinessDate.parse("05.03.2025")).hasMessageContaining("日期格式应为");
        assertThatThrownBy(() -> BusinessDate.parse("2025-02-29")).hasMessageContaining("日期不存在");
    }

    private static Charset encodingOf(byte[] content) {
        try {
            return TextEncoding.detect(new ByteArrayResource(content));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void xlsxCellsKeepTheControlCharactersExcelShows_soTheLedgersRulesSeeThem() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("收款人");
            // as Excel writes a character XML cannot hold
            sheet.createRow(1).createCell(0).setCellValue("某公司_x0007_");
            sheet.createRow(2).createCell(0).setCellValue("ZF_x0000_");
            book.write(out);
            workbook = out.toByteArray();
        }

        Read read = read(workbook);

        assertThat(read.rows).extracting(row -> row.text("收款人")).containsExactly("某公司\u0007", "ZF\u0000");
    }

    @Test
    void theShippedXlsxSampleHoldsTheRowsOfItsCsv() throws IOException {
        // given the payments sample as CSV and as the workbook README imports (dates and amounts typed as Excel keeps them)
        Path samples = Path.of("..", "app", "src", "main", "resources", "samples");

        // when both are read
        Read csv = read(Files.readAllBytes(samples.resolve("payments-503019-2025.csv")));
        Read xlsx = read(Files.readAllBytes(samples.resolve("payments-503019-2025.xlsx")));

        // then the workbook has the same columns and, row for row, the same date, amount (shown with thousands separators) and cells
        assertThat(xlsx.columns).isEqualTo(csv.columns);
        assertThat(xlsx.rows).hasSameSizeAs(csv.rows).hasSizeGreaterThan(300);
        for (int i = 0; i < csv.rows.size(); i++) {
            SheetRow expected = csv.rows.get(i);
            SheetRow actual = xlsx.rows.get(i);
            assertThat(BusinessDate.parse(actual.text("支付日期"))).isEqualTo(BusinessDate.parse(expected.text("支付日期")));
            assertThat(actual.text("金额").replace(",", "")).isEqualTo(expected.text("金额"));
            for (String column : csv.columns) {
                if (!column.equals("支付日期") && !column.equals("金额")) {
                    assertThat(actual.text(column)).as("row %d, %s", expected.number(), column).isEqualTo(expected.text(column));
                }
            }
        }
    }

    private static Read read(byte[] content) {
        Read read = new Read();
        Spreadsheet.read(new ByteArrayResource(content), read);
        return read;
    }

    private static final class Read implements SheetVisitor {

        List<String> columns;
        final List<SheetRow> rows = new ArrayList<>();

        @Override
        public void header(List<String> columns) {
            this.columns = columns;
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
        }
    }
}
