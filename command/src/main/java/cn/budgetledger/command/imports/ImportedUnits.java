package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.springframework.core.io.InputStreamSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units an import file names (its 单位代码 column), read before anything is checked or recorded so
 * that a file touching a unit the user may not write is refused whole. Malformed codes are left to the
 * import's own checks, which reject them row by row.
 */
public final class ImportedUnits {

    private ImportedUnits() {
    }

    public static Set<String> of(InputStreamSource file) {
        Set<String> units = new TreeSet<>();
        try {
            Spreadsheet.read(file, new SheetVisitor() {
                @Override
                public void header(List<String> columns) {
                    // Only the unit column matters here.
                }

                @Override
                public void row(SheetRow row) {
                    String unit = row.text(CheckedRow.UNIT);
                    if (unit.matches("\\d{6}")) {
                        units.add(unit);
                    }
                }
            });
        } catch (LedgerException unreadable) {
            // The import itself reports an unreadable file, and records nothing from it.
        }
        return units;
    }
}
