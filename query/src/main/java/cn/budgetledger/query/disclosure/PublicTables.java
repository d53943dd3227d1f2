package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.catalogue.LearnedSubjectNameProjection;
import cn.budgetledger.query.catalogue.SubjectNames;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the public tables from the lines' exact amounts: every cell is its own exact sum in fen, rounded
 * to 万元 only when written, so a total may differ from the sum of its printed rows by a 尾差, exactly as
 * the published tables do.
 */
@Component
public class PublicTables {

    private static final int[] FUNCTIONAL_LEVELS = {3, 5, 7};
    private static final int[] ECONOMIC_LEVELS = {3, 5};
    private static final String TOTAL = "合计";

    private final BudgetLedgerRepository ledger;
    private final DisclosureRepository lines;
    private final LearnedSubjectNameProjection learned;

    public PublicTables(BudgetLedgerRepository ledger, DisclosureRepository lines, LearnedSubjectNameProjection learned) {
        this.ledger = ledger;
        this.lines = lines;
        this.learned = learned;
    }

    public Disclosure of(UnitYear budget, Basis basis, LocalDate asOf, Set<FundSource> sources) {
        BudgetLedgerRepository.YearRow year = ledger.findYear(budget)
                .orElseThrow(() -> BudgetYearNotFound.of(budget));
        List<DisclosureLine> amounts = lines.lines(budget, basis, asOf, sources);
        SubjectNames names = new SubjectNames(learned.all());
        List<FundSource> shown = sources.isEmpty() ? List.of(FundSource.values())
                : List.of(FundSource.values()).stream().filter(sources::contains).toList();
        // The published "三公" table is the one of 一般公共预算财政拨款 (domain.md "三公 fund scope"): unless other
        // sources are asked for, a unit's own income in it would misstate it, while the other tables count them all.
        List<FundSource> threePublicSources = sources.isEmpty() ? List.of(FundSource.GENERAL_PUBLIC_BUDGET) : shown;
        List<DisclosureLine> threePublicAmounts = amounts.stream()
                .filter(line -> threePublicSources.contains(line.fundSource())).toList();
        return new Disclosure(budget.unit(), budget.year(), year.unitName(), basis.parameter(), asOf,
                shown.stream().map(FundSource::label).toList(),
                expenditureByFunction(amounts, names), basicByEconomic(amounts, names), threePublic(threePublicAmounts),
                threePublicSources.stream().map(FundSource::label).toList(),
                incomeBySource(amounts, shown), carriedOverBySource(amounts, shown), projects(amounts));
    }

    /** Every 类, 款 and 项 present, in code order (a 类 before its 款, a 款 before its 项), then 合计. */
    static List<FunctionRow> expenditureByFunction(List<DisclosureLine> amounts, SubjectNames names) {
        Map<String, ExpenditureSplit> rows = new TreeMap<>();
        ExpenditureSplit total = new ExpenditureSplit();
        for (DisclosureLine line : amounts) {
            for (int level : FUNCTIONAL_LEVELS) {
                rows.computeIfAbsent(line.functionalCode().value().substring(0, level), code -> new ExpenditureSplit())
                        .add(line);
            }
            total.add(line);
        }
        List<FunctionRow> table = new ArrayList<>();
        rows.forEach((code, split) -> table.add(split.functionRow(code, names.of(SubjectKind.FUNCTIONAL, code))));
        table.add(total.functionRow(TOTAL, TOTAL));
        return table;
    }

    /** Every 类 and 款 of 基本支出, in code order, then 合计. */
    static List<EconomicRow> basicByEconomic(List<DisclosureLine> amounts, SubjectNames names) {
        Map<String, ExpenditureSplit> rows = new TreeMap<>();
        ExpenditureSplit total = new ExpenditureSplit();
        for (DisclosureLine line : amounts) {
            if (!line.isBasic()) {
                continue;
            }
            for (int level : ECONOMIC_LEVELS) {
                rows.computeIfAbsent(line.economicCode().value().substring(0, level), code -> new ExpenditureSplit())
                        .add(line);
            }
            total.add(line);
        }
        List<EconomicRow> table = new ArrayList<>();
        rows.forEach((code, split) -> table.add(split.economicRow(code, names.of(SubjectKind.ECONOMIC, code))));
        table.add(total.economicRow(TOTAL, TOTAL));
        return table;
    }

    static ThreePublicTable threePublic(List<DisclosureLine> amounts) {
        Money abroad = sumOf(amounts, "30212");
        Money reception = sumOf(amounts, "30217");
        Money vehicleOperation = sumOf(amounts, "30231");
        Money vehiclePurchase = sumOf(amounts, "31013");
        Money vehicles = vehiclePurchase.plus(vehicleOperation);
        return new ThreePublicTable(abroad.plus(vehicles).plus(reception).toWanYuan(), abroad.toWanYuan(),
                vehicles.toWanYuan(), vehiclePurchase.toWanYuan(), vehicleOperation.toWanYuan(), reception.toWanYuan());
    }

    /**
     * This year's money by fund source, and carried money (any fund source) in the published income column
     * 上年结转结余: listed with the sources when all are shown, else only when there is some.
     */
    static Map<String, String> incomeBySource(List<DisclosureLine> amounts, List<FundSource> shown) {
        Map<FundSource, Money> bySource = bySource(amounts.stream().filter(line -> !line.isCarriedOver()).toList());
        Money carried = sum(amounts.stream().filter(DisclosureLine::isCarriedOver).toList());
        Map<String, String> table = new LinkedHashMap<>();
        table.put("total", sum(amounts).toWanYuan());
        shown.stream().filter(source -> source != FundSource.CARRIED_OVER)
                .forEach(source -> table.put(source.label(), bySource.getOrDefault(source, Money.ZERO).toWanYuan()));
        if (shown.contains(FundSource.CARRIED_OVER) || !carried.isZero()) {
            table.put(FundSource.CARRIED_OVER.label(), carried.toWanYuan());
        }
        return table;
    }

    /**
     * The carried money (上年结转) by the fund source it kept, as 财政拨款收支总表 splits it; lines carried before
     * origins existed stand under 上年结转结余, their fund source unknown.
     */
    static Map<String, String> carriedOverBySource(List<DisclosureLine> amounts, List<FundSource> shown) {
        Map<FundSource, Money> bySource = bySource(amounts.stream().filter(DisclosureLine::isCarriedOver).toList());
        Map<String, String> table = new LinkedHashMap<>();
        shown.forEach(source -> table.put(source.label(), bySource.getOrDefault(source, Money.ZERO).toWanYuan()));
        return table;
    }

    private static Map<FundSource, Money> bySource(List<DisclosureLine> amounts) {
        Map<FundSource, Money> bySource = new EnumMap<>(FundSource.class);
        amounts.forEach(line -> bySource.merge(line.fundSource(), line.amount(), Money::plus));
        return bySource;
    }

    private static Money sum(List<DisclosureLine> amounts) {
        return amounts.stream().map(DisclosureLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** 项目支出 (其他运转类, 特定目标类) by project, in code order. */
    static List<ProjectRow> projects(List<DisclosureLine> amounts) {
        Map<String, DisclosureLine> byProject = new TreeMap<>();
        for (DisclosureLine line : amounts) {
            if (!line.isBasic()) {
                byProject.merge(line.projectCode(), line, (sum, more) -> new DisclosureLine(sum.functionalCode(),
                        sum.economicCode(), sum.projectCode(), sum.projectName(), sum.category(), sum.fundSource(),
                        sum.origin(), sum.amount().plus(more.amount())));
            }
        }
        return byProject.values().stream().map(project -> new ProjectRow(project.projectCode(),
                project.projectName(), project.category().label(), project.amount().toWanYuan())).toList();
    }

    private static Money sumOf(List<DisclosureLine> amounts, String economicCode) {
        return amounts.stream().filter(line -> line.economicCode().value().equals(economicCode))
                .map(DisclosureLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
