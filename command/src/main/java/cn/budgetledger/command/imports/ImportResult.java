package cn.budgetledger.command.imports;

import java.util.List;

/** The 200 answer to an import: rows = recorded + unchanged + refused. */
public record ImportResult(int rows, int recorded, int unchanged, List<Refusal> refused) {
}
