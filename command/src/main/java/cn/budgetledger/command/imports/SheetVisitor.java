package cn.budgetledger.command.imports;

import java.util.List;

/** Receives an import file's header, then its non-blank rows one at a time, so no file is held whole. */
interface SheetVisitor {

    void header(List<String> columns);

    void row(SheetRow row);
}
