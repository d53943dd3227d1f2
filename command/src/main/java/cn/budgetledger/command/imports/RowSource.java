package cn.budgetledger.command.imports;

import java.util.function.Consumer;

/** Reads a checked file's rows again, one at a time, each as a row known to be valid. */
@FunctionalInterface
public interface RowSource {

    void forEach(Consumer<CheckedRow> rows);
}
