package cn.budgetledger.command.domain;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.LineKey;

import java.util.Map;

/** A payment names a line that has been allocated or opened by an adjustment. */
final class LinesMustExist {

    private LinesMustExist() {
    }

    static LineKey requireNamed(LineKey key) {
        if (key == null) {
            throw LedgerException.invalid("LINE_MISSING", "须指明预算指标（功能科目、经济科目、项目、资金来源）");
        }
        return key;
    }

    static BudgetLine require(Map<LineKey, BudgetLine> lines, LineKey key) {
        BudgetLine line = lines.get(requireNamed(key));
        if (line == null) {
            throw LedgerException.ruleViolated("LINE_NOT_FOUND",
                    "预算指标不存在：" + NoSpendingWithoutBudget.describe(key) + "（无预算不支出）");
        }
        return line;
    }
}
