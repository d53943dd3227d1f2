package cn.budgetledger.command.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found while checking a file: all are reported, not only the first. */
public final class ImportErrors {

    private final List<RowError> errors = new ArrayList<>();

    public void add(int row, String column, String message) {
        errors.add(new RowError(row, column, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int count() {
        return errors.size();
    }

    List<RowError> inRowOrder() {
        return errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }
}
