package cn.budgetledger.query.yearend;

import cn.budgetledger.api.Money;
import cn.budgetledger.query.ledger.YearEndOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 年终结转 and 结余 of a closed unit-year: the balances by fund source, then project, then line, each level with
 * its 结转, 结余 and their total, and the unit's totals.
 */
public record YearEndReport(String unit, String unitName, int year, LocalDate closedOn, Money carriedForward,
                            Money lapsed, Money total, List<FundSourceBalances> fundSources) {

    /** One line's balance at closing, as the read model holds it. */
    public record LineBalance(UUID lineId, String functionalCode, String economicCode, String projectCode,
                              String projectName, String projectCategory, String fundSource, YearEndOutcome outcome,
                              Money amount) {
    }

    public record FundSourceBalances(String fundSource, Money carriedForward, Money lapsed, Money total,
                                     List<ProjectBalances> projects) {
    }

    public record ProjectBalances(String projectCode, String projectName, String projectCategory,
                                  Money carriedForward, Money lapsed, Money total, List<LineEntry> lines) {
    }

    /** A line's balance: all of it 结转 or all of it 结余 (its outcome), split like every other level's. */
    public record LineEntry(UUID lineId, String functionalCode, String economicCode, String outcome, Money amount,
                            Money carriedForward, Money lapsed) {

        static LineEntry of(LineBalance line) {
            return new LineEntry(line.lineId(), line.functionalCode(), line.economicCode(), line.outcome().label(),
                    line.amount(), sum(List.of(line), YearEndOutcome.CARRIED_FORWARD),
                    sum(List.of(line), YearEndOutcome.LAPSED));
        }
    }

    /** @param balances ordered by fund source, project and line */
    public static YearEndReport of(String unit, String unitName, int year, LocalDate closedOn,
                                   List<LineBalance> balances) {
        Map<String, Map<String, List<LineBalance>>> grouped = new LinkedHashMap<>();
        for (LineBalance balance : balances) {
            grouped.computeIfAbsent(balance.fundSource(), source -> new LinkedHashMap<>())
                    .computeIfAbsent(balance.projectCode(), project -> new ArrayList<>()).add(balance);
        }
        List<FundSourceBalances> fundSources = new ArrayList<>();
        grouped.forEach((fundSource, projects) -> {
            List<ProjectBalances> projectBalances = new ArrayList<>();
            projects.forEach((code, lines) -> {
                LineBalance first = lines.get(0);
                projectBalances.add(new ProjectBalances(code, first.projectName(), first.projectCategory(),
                        sum(lines, YearEndOutcome.CARRIED_FORWARD), sum(lines, YearEndOutcome.LAPSED),
                        sum(lines, null), lines.stream().map(LineEntry::of).toList()));
            });
            List<LineBalance> all = projects.values().stream().flatMap(List::stream).toList();
            fundSources.add(new FundSourceBalances(fundSource, sum(all, YearEndOutcome.CARRIED_FORWARD),
                    sum(all, YearEndOutcome.LAPSED), sum(all, null), List.copyOf(projectBalances)));
        });
        return new YearEndReport(unit, unitName, year, closedOn, sum(balances, YearEndOutcome.CARRIED_FORWARD),
                sum(balances, YearEndOutcome.LAPSED), sum(balances, null), List.copyOf(fundSources));
    }

    /** The balances of one outcome, or of both when none is named. */
    private static Money sum(List<LineBalance> balances, YearEndOutcome outcome) {
        Money total = Money.ZERO;
        for (LineBalance balance : balances) {
            if (outcome == null || balance.outcome() == outcome) {
                total = total.plus(balance.amount());
            }
        }
        return total;
    }
}
