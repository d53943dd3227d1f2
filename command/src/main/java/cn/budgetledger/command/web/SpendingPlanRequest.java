package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PlanMonth;
import cn.budgetledger.api.commands.SetSpendingPlanCommand;

import java.util.List;

/** A line's spending plan (用款计划): the line, and the months planned (those not named are planned at zero). */
public record SpendingPlanRequest(String functionalCode, String economicCode, String projectCode, String fundSource,
                                  String origin, List<Month> months) {

    /** One month: 1–12, and the amount in yuan. */
    public record Month(Integer month, String amount) {
    }

    SetSpendingPlanCommand toCommand(UnitYear budget) {
        List<PlanMonth> planned = months == null ? null : months.stream().map(month -> month == null ? null
                : new PlanMonth(month.month(), month.amount() == null ? null : Money.parse(month.amount()))).toList();
        return new SetSpendingPlanCommand(budget,
                new LineRequest(functionalCode, economicCode, projectCode, fundSource, origin).toLineKey(), planned);
    }
}
