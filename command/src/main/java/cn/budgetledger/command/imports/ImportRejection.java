package cn.budgetledger.command.imports;

import java.util.List;

/** The 422 answer to a file with bad rows: {"errors":[{"row","column","message"}]}. */
public record ImportRejection(List<RowError> errors) {
}
