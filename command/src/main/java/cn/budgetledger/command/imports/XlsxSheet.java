package cn.budgetledger.command.imports;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.core.io.InputStreamSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sheet of an XLSX import file, read with POI's streaming (SAX) reader: rows pass through one
 * at a time, so a sheet of 100,000 rows never becomes 100,000 row objects.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static void read(InputStreamSource file, SheetVisitor visitor) throws IOException {
        // POI reads a package from a file without buffering its parts in memory, not so from a stream.
        Path copy = Files.createTempFile("ledger-import-", ".xlsx");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(workbook), new Rows(visitor), new IsoDates(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException malformed) {
            throw new IOException(malformed.getMessage(), malformed);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Collects one row's cells, then hands the row on; the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetVisitor visitor;
        private List<String> columns;
        private final Map<Integer, String> cells = new HashMap<>();
        private int nextColumn;

        Rows(SheetVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            cells.put(column, formattedValue);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                columns = new ArrayList<>();
                int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                for (int i = 0; i < width; i++) {
                    columns.add(Spreadsheet.columnName(cells.get(i)));
                }
                visitor.header(columns);
                return;
            }
            Map<String, String> named = new HashMap<>();
            cells.forEach((column, value) -> {
                if (column < columns.size()) {
                    named.putIfAbsent(columns.get(column), value);
                }
            });
            SheetRow row = new SheetRow(rowNum + 1, named);
            if (!row.isBlank()) {
                visitor.row(row);
            }
        }
    }

    /** Date cells as YYYY-MM-DD whatever their display format (POI would otherwise write m/d/yy). */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
