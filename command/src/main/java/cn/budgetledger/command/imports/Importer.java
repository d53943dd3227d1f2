package cn.budgetledger.command.imports;

import cn.budgetledger.api.LedgerException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports a file: checks it whole (any bad row → every bad row reported, nothing recorded), then records
 * it through the kind's commands. The file is read twice rather than held, so its size is bounded by
 * disk, not heap.
 */
@Service
public class Importer {

    private final ImportKinds kinds;
    private final QueryGateway queries;

    public Importer(ImportKinds kinds, QueryGateway queries) {
        this.kinds = kinds;
        this.queries = queries;
    }

    public ImportResult importFile(ImportKind kind, InputStreamSource file, ImportProgress progress) {
        try {
            ImportJob job = kind.newJob(new LedgerLookup(queries));
            ImportErrors errors = new ImportErrors();
            int rows = check(kind, job, file, errors, progress);
            job.checkWhole(errors);
            progress.checked(rows, errors.count());
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors.inRowOrder());
            }
            ImportTally tally = new ImportTally(progress);
            job.record(visitor -> Spreadsheet.read(file, new SheetVisitor() {
                @Override
                public void header(List<String> columns) {
                    // Checked in the first pass.
                }

                @Override
                public void row(SheetRow row) {
                    visitor.accept(new CheckedRow(row, new ImportErrors()));
                }
            }), tally);
            progress.done();
            return tally.result(rows);
        } catch (ImportRejectedException rejected) {
            throw rejected;
        } catch (RuntimeException failure) {
            progress.failed();
            throw failure;
        }
    }

    public ImportKind kind(String name) {
        return kinds.named(name);
    }

    private static int check(ImportKind kind, ImportJob job, InputStreamSource file, ImportErrors errors,
                             ImportProgress progress) {
        int[] rows = {0};
        boolean[] headerSeen = {false};
        boolean[] columnsMissing = {false};
        Spreadsheet.read(file, new SheetVisitor() {
            @Override
            public void header(List<String> columns) {
                headerSeen[0] = true;
                List<String> missing = new ArrayList<>(kind.requiredColumns());
                missing.removeAll(columns);
                missing.forEach(column -> errors.add(1, column, "缺少必需的列：" + column));
                // Two 金额 columns: which one is meant? Reading either would be a guess.
                List<String> twice = Stream.concat(kind.requiredColumns().stream(), kind.optionalColumns().stream())
                        .filter(column -> Collections.frequency(columns, column) > 1).toList();
                twice.forEach(column -> errors.add(1, column, "列名重复：「" + column + "」出现了 "
                        + Collections.frequency(columns, column) + " 次，无法确定用哪一列"));
                columnsMissing[0] = !missing.isEmpty() || !twice.isEmpty();
            }

            @Override
            public void row(SheetRow row) {
                rows[0]++;
                // Without its columns every row would only repeat the header's error.
                if (!columnsMissing[0]) {
                    job.check(new CheckedRow(row, errors));
                }
                progress.rowChecked();
            }
        });
        if (!headerSeen[0]) {
            throw LedgerException.invalid("FILE_EMPTY", "文件为空：第 1 行应为列名");
        }
        if (rows[0] == 0) {
            errors.add(2, "", "文件只有列名，没有数据行");
        }
        return rows[0];
    }
}
