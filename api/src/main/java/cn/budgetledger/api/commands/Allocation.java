package cn.budgetledger.api.commands;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;

/** One line of an approval document: how much 年初预算 the line receives. */
public record Allocation(LineKey line, Project project, Money amount) {
}
