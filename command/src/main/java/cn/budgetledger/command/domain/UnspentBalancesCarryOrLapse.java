package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.commands.Allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 年终结转: a line's unspent balance (its 可用余额 at closing) carries forward to the next year when it is 项目支出
 * money and lapses as 结余 when it is 基本支出; a line with nothing left has no balance. One rule for the closing
 * and for its preview, so what the page shows ahead is what the closing records.
 */
public record UnspentBalancesCarryOrLapse(List<Allocation> carriedForward, List<Allocation> lapsed) {

    static UnspentBalancesCarryOrLapse of(Map<LineKey, BudgetLine> lines) {
        List<Allocation> carried = new ArrayList<>();
        List<Allocation> lapsed = new ArrayList<>();
        lines.forEach((key, line) -> {
            if (!line.available().isPositive()) {
                return;
            }
            Allocation balance = new Allocation(key, line.project(), line.available());
            (line.project().category().isBasicExpenditure() ? lapsed : carried).add(balance);
        });
        return new UnspentBalancesCarryOrLapse(List.copyOf(carried), List.copyOf(lapsed));
    }

    /** Where the carried balances land: the same lines of origin 上年结转 in the next year. */
    List<Allocation> nextYearLines() {
        return carriedForward.stream()
                .map(balance -> new Allocation(balance.line().carriedOver(), balance.project(), balance.amount()))
                .toList();
    }
}
