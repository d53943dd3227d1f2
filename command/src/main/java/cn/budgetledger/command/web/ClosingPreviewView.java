package cn.budgetledger.command.web;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.ClosingPreview;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.stream.Stream;

/**
 * 年终结转 ahead of time: each line's unspent balance with what closing would do with it (结转 or 结余), the totals,
 * and whether closing is possible now (blocked null) or what stops it (the code and Chinese message closing gives).
 */
public record ClosingPreviewView(String unit, int year, Money carriedForward, Money lapsed, Money total,
                                 List<Balance> lines, @JsonInclude(JsonInclude.Include.NON_NULL) Blocked blocked) {

    public record Balance(String functionalCode, String economicCode, String projectCode, String projectName,
                          String projectCategory, String fundSource, String origin, String outcome, Money amount) {

        static Balance of(Allocation balance, String outcome) {
            return new Balance(balance.line().functionalCode().toString(), balance.line().economicCode().toString(),
                    balance.line().projectCode(), balance.project().name(), balance.project().category().label(),
                    balance.line().fundSource().label(), balance.line().origin().label(), outcome, balance.amount());
        }
    }

    public record Blocked(String code, String message) {
    }

    static ClosingPreviewView of(String unit, int year, ClosingPreview preview) {
        List<Balance> lines = Stream.concat(
                preview.carriedForward().stream().map(balance -> Balance.of(balance, "结转")),
                preview.lapsed().stream().map(balance -> Balance.of(balance, "结余"))).toList();
        Money carried = sum(preview.carriedForward());
        Money lapsed = sum(preview.lapsed());
        return new ClosingPreviewView(unit, year, carried, lapsed, carried.plus(lapsed), lines,
                preview.blockedCode() == null ? null : new Blocked(preview.blockedCode(), preview.blockedMessage()));
    }

    private static Money sum(List<Allocation> balances) {
        return balances.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
    }
}
