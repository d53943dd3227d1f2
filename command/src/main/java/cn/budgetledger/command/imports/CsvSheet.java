package cn.budgetledger.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.InputStreamSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV import file, parsed with Commons CSV in its detected encoding. */
final class CsvSheet {

    /** Blank lines are kept as records so that record numbers stay the file's row numbers. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvSheet() {
    }

    static void read(InputStreamSource file, SheetVisitor visitor) throws IOException {
        try (Reader reader = new BufferedReader(new InputStreamReader(file.getInputStream(),
                TextEncoding.detect(file)));
             CSVParser parser = FORMAT.parse(reader)) {
            List<String> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (String name : record) {
                        columns.add(Spreadsheet.columnName(name));
                    }
                    visitor.header(columns);
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    cells.putIfAbsent(columns.get(i), record.get(i));
                }
                SheetRow row = new SheetRow((int) record.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    visitor.row(row);
                }
            }
        }
    }
}
