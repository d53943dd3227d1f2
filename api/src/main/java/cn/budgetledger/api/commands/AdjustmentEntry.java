package cn.budgetledger.api.commands;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;

/**
 * One entry of an adjustment document: a signed amount into (+) or out of (−) a line. The project is
 * needed only when the entry opens a new line.
 */
public record AdjustmentEntry(LineKey line, Money amount, Project project) {
}
