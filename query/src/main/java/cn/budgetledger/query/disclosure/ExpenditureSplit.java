package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.Money;

import java.util.List;

/**
 * The exact sums behind one row of the expenditure tables: total = basic (人员类 + 公用经费 projects) +
 * project (其他运转类 + 特定目标类); basic = personnel (301xx, 303xx) + public (every other code).
 */
final class ExpenditureSplit {

    private Money total = Money.ZERO;
    private Money basic = Money.ZERO;
    private Money personnel = Money.ZERO;
    private Money publicFunds = Money.ZERO;
    private Money project = Money.ZERO;

    static ExpenditureSplit of(List<DisclosureLine> amounts) {
        ExpenditureSplit split = new ExpenditureSplit();
        amounts.forEach(split::add);
        return split;
    }

    void add(DisclosureLine line) {
        total = total.plus(line.amount());
        if (!line.isBasic()) {
            project = project.plus(line.amount());
            return;
        }
        basic = basic.plus(line.amount());
        if (line.economicCode().isPersonnel()) {
            personnel = personnel.plus(line.amount());
        } else {
            publicFunds = publicFunds.plus(line.amount());
        }
    }

    Money total() {
        return total;
    }

    Money basic() {
        return basic;
    }

    Money project() {
        return project;
    }

    FunctionRow functionRow(String code, String name, YearOnYear yearOnYear) {
        return new FunctionRow(code, name, total.toWanYuan(), basic.toWanYuan(), personnel.toWanYuan(),
                publicFunds.toWanYuan(), project.toWanYuan(), yearOnYear.previous(), yearOnYear.change());
    }

    EconomicRow economicRow(String code, String name, YearOnYear yearOnYear) {
        return new EconomicRow(code, name, total.toWanYuan(), personnel.toWanYuan(), publicFunds.toWanYuan(),
                yearOnYear.previous(), yearOnYear.change());
    }
}
