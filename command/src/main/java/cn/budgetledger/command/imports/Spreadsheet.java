package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.springframework.core.io.InputStreamSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** An uploaded table, CSV or XLSX (told apart by content, not by name), read row by row. */
final class Spreadsheet {

    /** Every XLSX is a ZIP archive, and a ZIP starts with these bytes; no CSV does. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Spreadsheet() {
    }

    static void read(InputStreamSource file, SheetVisitor visitor) {
        try {
            if (isZip(file)) {
                XlsxSheet.read(file, visitor);
            } else {
                CsvSheet.read(file, visitor);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof LedgerException ledgerFailure) {
                throw ledgerFailure;
            }
            throw LedgerException.invalid("FILE_UNREADABLE",
                    "无法读取文件（应为 CSV 或 XLSX）：" + unreadable.getMessage());
        }
    }

    private static boolean isZip(InputStreamSource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    /** Header names as people type them: a BOM or stray spaces do not make another column. */
    static String columnName(String raw) {
        return raw == null ? "" : raw.replace("\uFEFF", "").strip();
    }
}
