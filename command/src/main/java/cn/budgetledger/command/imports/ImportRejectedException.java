package cn.budgetledger.command.imports;

import java.util.List;

/** A file with at least one bad row: nothing of it was recorded. Answered 422 with every bad row. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " bad rows");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
