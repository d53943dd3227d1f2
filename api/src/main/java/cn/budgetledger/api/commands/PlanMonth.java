package cn.budgetledger.api.commands;

import cn.budgetledger.api.Money;

/** One month of a spending plan (用款计划): the month (1–12) and the amount planned to be paid in it. */
public record PlanMonth(Integer month, Money amount) {
}
