package cn.budgetledger.query.disclosure;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.catalogue.LearnedSubjectNameProjection;
import cn.budgetledger.query.catalogue.SubjectNames;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import cn.budgetledger.query.evaluation.PerformanceTarget;
import cn.budgetledger.query.evaluation.PerformanceTargetRepository;
import cn.budgetledger.query.ledger.DepartmentYears;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the public tables from the lines' exact amounts: every cell is its own exact sum in fen, rounded
 * to 万元 only when written, so a total may differ from the sum of its printed rows by a 尾差, exactly as
 * the published tables do. A department's tables are built by the same builders from all its units' lines.
 * Year on year, the previous year's lines (same basis, fund sources, and asOf one year earlier) go through the same
 * builders: a row present only last year is listed too, at 0.00 this year, so the comparison is complete.
 */
@Component
public class PublicTables {

    private static final int[] FUNCTIONAL_LEVELS = {3, 5, 7};
    private static final int[] ECONOMIC_LEVELS = {3, 5};
    private static final String TOTAL = "合计";

    private final BudgetLedgerRepository ledger;
    private final DepartmentYears departments;
    private final DisclosureRepository lines;
    private final LearnedSubjectNameProjection learned;
    private final PerformanceTargetRepository targets;

    public PublicTables(BudgetLedgerRepository ledger, DepartmentYears departments, DisclosureRepository lines,
                        LearnedSubjectNameProjection learned, PerformanceTargetRepository targets) {
        this.ledger = ledger;
        this.departments = departments;
        this.lines = lines;
        this.learned = learned;
        this.targets = targets;
    }

    public Disclosure of(UnitYear budget, Basis basis, LocalDate asOf, Set<FundSource> sources) {
        BudgetLedgerRepository.YearRow year = ledger.findYear(budget)
                .orElseThrow(() -> BudgetYearNotFound.of(budget));
        Map<String, String> units = Map.of(budget.unit(), year.unitName());
        CompleteTables.Input input = input(units, budget.year(), basis, asOf, sources);
        LocalDate previousAsOf = asOf.minusYears(1);
        CompleteTables.Input previous = budget.fiscalYear().previous()
                .flatMap(before -> ledger.findYear(new UnitYear(budget.unit(), before.year())))
                .map(before -> input(Map.of(budget.unit(), before.unitName()), budget.year() - 1, basis, previousAsOf,
                        sources))
                .orElse(null);
        return new Disclosure(budget.unit(), budget.year(), year.unitName(), basis.parameter(), asOf,
                tables(input, previous, previous == null ? null : previousAsOf, sources, targets(units, budget.year())));
    }

    /**
     * The 决算 comparison of a unit: its tables on the budget basis (original or adjusted) against executed, as of
     * the date. basis executed is refused: it would compare execution with itself.
     */
    public DisclosureComparison comparison(UnitYear budget, Basis basis, LocalDate asOf, Set<FundSource> sources) {
        BudgetLedgerRepository.YearRow year = ledger.findYear(budget)
                .orElseThrow(() -> BudgetYearNotFound.of(budget));
        Map<String, String> units = Map.of(budget.unit(), year.unitName());
        return new DisclosureComparison(budget.unit(), null, budget.year(), year.unitName(), basis.parameter(),
                asOf, fundSources(sources), compared(units, budget.year(), basis, asOf, sources));
    }

    /** The 决算 comparison of a department's units, summed (DEPARTMENT_NOT_FOUND where it has none that year). */
    public DisclosureComparison comparisonOfDepartment(String department, int year, Basis basis, LocalDate asOf,
                                                       Set<FundSource> sources) {
        Map<String, String> units = new TreeMap<>();
        departments.units(department, year).forEach((unit, row) -> units.put(unit, row.unitName()));
        return new DisclosureComparison(null, department, year, null, basis.parameter(), asOf,
                fundSources(sources), compared(units, year, basis, asOf, sources));
    }

    private Map<String, List<Map<String, Object>>> compared(Map<String, String> units, int year, Basis basis,
                                                            LocalDate asOf, Set<FundSource> sources) {
        SubjectNames names = new SubjectNames(learned.all());
        Map<String, List<PerformanceTarget>> targets = targets(units, year);
        CompleteTables.Input budget = input(units, year, basis, asOf, sources);
        CompleteTables.Input executed = input(units, year, Basis.EXECUTED, asOf, sources);
        Map<String, List<CompleteTables.ExactRow>> planned = CompleteTables.build(budget, executed, targets, names);
        Map<String, List<CompleteTables.ExactRow>> done = CompleteTables.build(executed, budget, targets, names);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        planned.forEach((table, rows) -> tables.put(table, CompleteTables.compare(rows, done.get(table))));
        tables.put("threePublic", CompleteTables.compare(threePublicRows(budget.lines(), threePublicSources(sources)),
                threePublicRows(executed.lines(), threePublicSources(sources))));
        tables.put("threePublicGovernmentFunds",
                CompleteTables.compare(threePublicRows(budget.lines(), List.of(FundSource.GOVERNMENT_FUND_BUDGET)),
                        threePublicRows(executed.lines(), List.of(FundSource.GOVERNMENT_FUND_BUDGET))));
        return tables;
    }

    /** The lines on the basis, and the income side's: on basis executed the money available, the adjusted budget. */
    private CompleteTables.Input input(Map<String, String> units, int year, Basis basis, LocalDate asOf,
                                       Set<FundSource> sources) {
        List<DisclosureLine> amounts = lines.lines(units.keySet(), year, basis, asOf, sources);
        List<DisclosureLine> income = basis == Basis.EXECUTED
                ? lines.lines(units.keySet(), year, Basis.ADJUSTED, asOf, sources) : amounts;
        return new CompleteTables.Input(amounts, income, new TreeMap<>(units));
    }

    private Map<String, List<PerformanceTarget>> targets(Map<String, String> units, int year) {
        Map<String, List<PerformanceTarget>> targets = new TreeMap<>();
        units.keySet().forEach(unit -> targets.put(unit, this.targets.targets(new UnitYear(unit, year))));
        return targets;
    }

    /** The department's units in the year (DEPARTMENT_NOT_FOUND where none), summed, with the 分单位 table. */
    public DepartmentDisclosure ofDepartment(String department, int year, Basis basis, LocalDate asOf,
                                             Set<FundSource> sources) {
        Map<String, BudgetLedgerRepository.YearRow> units = departments.units(department, year);
        Map<String, String> names = new TreeMap<>();
        units.forEach((unit, row) -> names.put(unit, row.unitName()));
        CompleteTables.Input input = input(names, year, basis, asOf, sources);
        List<DisclosureLine> amounts = input.lines();
        LocalDate previousAsOf = asOf.minusYears(1);
        Map<String, BudgetLedgerRepository.YearRow> previousUnits =
                departments.unitsOfPreviousYear(department, year).orElse(null);
        Map<String, String> unitNames = new LinkedHashMap<>();
        CompleteTables.Input previous = null;
        if (previousUnits != null) {
            Map<String, String> previousNames = new TreeMap<>();
            previousUnits.forEach((unit, row) -> previousNames.put(unit, row.unitName()));
            previous = input(previousNames, year - 1, basis, previousAsOf, sources);
            unitNames.putAll(previousNames);
        }
        unitNames.putAll(names);
        return new DepartmentDisclosure(department, year, basis.parameter(), asOf,
                tables(input, previous, previous == null ? null : previousAsOf, sources, targets(names, year)),
                byUnit(amounts, previous == null ? null : previous.lines(), units.keySet(), unitNames));
    }

    private static List<FundSource> shown(Set<FundSource> sources) {
        return sources.isEmpty() ? List.of(FundSource.values())
                : List.of(FundSource.values()).stream().filter(sources::contains).toList();
    }

    private static List<String> fundSources(Set<FundSource> sources) {
        return shown(sources).stream().map(FundSource::label).toList();
    }

    /**
     * The published "三公" table is the one of 一般公共预算财政拨款 (domain.md "三公 fund scope"): unless other sources
     * are asked for, a unit's own income in it would misstate it, while the other tables count them all.
     */
    private static List<FundSource> threePublicSources(Set<FundSource> sources) {
        return sources.isEmpty() ? List.of(FundSource.GENERAL_PUBLIC_BUDGET) : shown(sources);
    }

    /** A "三公" table as rows, so that the 决算 comparison sets each kind's budget beside its execution. */
    private static List<CompleteTables.ExactRow> threePublicRows(List<DisclosureLine> amounts,
                                                                 List<FundSource> sources) {
        ThreePublicSums sums = ThreePublicSums.of(ofSources(amounts, sources));
        Money vehicles = sums.vehiclePurchase().plus(sums.vehicleOperation());
        List<CompleteTables.ExactRow> rows = new ArrayList<>();
        rows.add(threePublicRow("total", "合计", vehicles.plus(sums.abroad()).plus(sums.reception())));
        rows.add(threePublicRow("abroad", "因公出国（境）费", sums.abroad()));
        rows.add(threePublicRow("vehicleTotal", "公务用车购置及运行维护费", vehicles));
        rows.add(threePublicRow("vehiclePurchase", "公务用车购置费", sums.vehiclePurchase()));
        rows.add(threePublicRow("vehicleOperation", "公务用车运行维护费", sums.vehicleOperation()));
        rows.add(threePublicRow("reception", "公务接待费", sums.reception()));
        return rows;
    }

    private static CompleteTables.ExactRow threePublicRow(String key, String name, Money amount) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("code", key);
        texts.put("name", name);
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("amount", amount);
        return new CompleteTables.ExactRow(key, texts, amounts);
    }

    private Tables tables(CompleteTables.Input input, CompleteTables.Input before, LocalDate previousAsOf,
                          Set<FundSource> sources, Map<String, List<PerformanceTarget>> targets) {
        SubjectNames names = new SubjectNames(learned.all());
        List<DisclosureLine> amounts = input.lines();
        List<DisclosureLine> previous = before == null ? null : before.lines();
        List<FundSource> shown = shown(sources);
        List<FundSource> threePublicSources = threePublicSources(sources);
        Map<String, Money> income = incomeBySource(amounts, shown);
        Map<String, Money> incomeBefore = previous == null ? null : incomeBySource(previous, shown);
        ThreePublicSums threePublic = ThreePublicSums.of(ofSources(amounts, threePublicSources));
        ThreePublicSums threePublicBefore = previous == null ? null
                : ThreePublicSums.of(ofSources(previous, threePublicSources));
        Map<String, List<CompleteTables.ExactRow>> complete = CompleteTables.build(input, before, targets, names);
        Map<String, List<CompleteTables.ExactRow>> completeBefore = before == null ? null
                : CompleteTables.build(before, input, targets, names);
        Function<String, List<Map<String, Object>>> rendered = table -> CompleteTables.render(complete.get(table),
                completeBefore == null ? null : completeBefore.get(table));
        List<FundSource> governmentFunds = List.of(FundSource.GOVERNMENT_FUND_BUDGET);
        ThreePublicSums funds = ThreePublicSums.of(ofSources(amounts, governmentFunds));
        ThreePublicSums fundsBefore = previous == null ? null : ThreePublicSums.of(ofSources(previous, governmentFunds));
        return new Tables(shown.stream().map(FundSource::label).toList(),
                expenditureByFunction(amounts, previous, names), basicByEconomic(amounts, previous, names),
                threePublic.table(), threePublicSources.stream().map(FundSource::label).toList(),
                wanYuan(income), carriedOverBySource(amounts, shown), projects(amounts, previous, input.units()),
                previousAsOf,
                threePublicBefore == null ? null : threePublicBefore.table(),
                threePublicBefore == null ? null : threePublic.minus(threePublicBefore).table(),
                incomeBefore == null ? null : wanYuan(incomeBefore),
                incomeBefore == null ? null : changes(income, incomeBefore),
                new Sides(rendered.apply("incomeAndExpenditure.income"), rendered.apply("incomeAndExpenditure.expenditure")),
                rendered.apply("incomeTable"), rendered.apply("expenditureTable"),
                new Sides(rendered.apply("fiscalAppropriation.income"), rendered.apply("fiscalAppropriation.expenditure")),
                rendered.apply("generalPublicBudget"), rendered.apply("generalPublicBudgetByUnit"),
                rendered.apply("generalPublicBudgetBasic"), rendered.apply("governmentFunds"),
                rendered.apply("stateCapital"), funds.table(), fundsBefore == null ? null : fundsBefore.table(),
                fundsBefore == null ? null : funds.minus(fundsBefore).table(), rendered.apply("performanceTargets"));
    }

    private static List<DisclosureLine> ofSources(List<DisclosureLine> amounts, List<FundSource> sources) {
        return amounts.stream().filter(line -> sources.contains(line.fundSource())).toList();
    }

    /**
     * Every 类, 款 and 项 present this year or (year on year) last year, in code order (a 类 before its 款, a 款
     * before its 项), then 合计. previous: last year's lines, null where there is no previous year.
     */
    static List<FunctionRow> expenditureByFunction(List<DisclosureLine> amounts, List<DisclosureLine> previous,
                                                   SubjectNames names) {
        Function<DisclosureLine, String> code = line -> line.functionalCode().value();
        Map<String, ExpenditureSplit> rows = byPrefix(amounts, code, FUNCTIONAL_LEVELS);
        Map<String, ExpenditureSplit> before = previous == null ? Map.of() : byPrefix(previous, code, FUNCTIONAL_LEVELS);
        before.keySet().forEach(prefix -> rows.putIfAbsent(prefix, new ExpenditureSplit()));
        List<FunctionRow> table = new ArrayList<>();
        rows.forEach((prefix, split) -> table.add(split.functionRow(prefix, names.of(SubjectKind.FUNCTIONAL, prefix),
                compared(split, previous, before.get(prefix)))));
        ExpenditureSplit total = ExpenditureSplit.of(amounts);
        table.add(total.functionRow(TOTAL, TOTAL, compared(total, previous, previous == null ? null : ExpenditureSplit.of(previous))));
        return table;
    }

    /** Every 类 and 款 of 基本支出 this year or (year on year) last year, in code order, then 合计. */
    static List<EconomicRow> basicByEconomic(List<DisclosureLine> amounts, List<DisclosureLine> previous,
                                             SubjectNames names) {
        Function<DisclosureLine, String> code = line -> line.economicCode().value();
        List<DisclosureLine> basic = amounts.stream().filter(DisclosureLine::isBasic).toList();
        List<DisclosureLine> basicBefore = previous == null ? null
                : previous.stream().filter(DisclosureLine::isBasic).toList();
        Map<String, ExpenditureSplit> rows = byPrefix(basic, code, ECONOMIC_LEVELS);
        Map<String, ExpenditureSplit> before = basicBefore == null ? Map.of() : byPrefix(basicBefore, code, ECONOMIC_LEVELS);
        before.keySet().forEach(prefix -> rows.putIfAbsent(prefix, new ExpenditureSplit()));
        List<EconomicRow> table = new ArrayList<>();
        rows.forEach((prefix, split) -> table.add(split.economicRow(prefix, names.of(SubjectKind.ECONOMIC, prefix),
                compared(split, previous, before.get(prefix)))));
        ExpenditureSplit total = ExpenditureSplit.of(basic);
        table.add(total.economicRow(TOTAL, TOTAL,
                compared(total, previous, basicBefore == null ? null : ExpenditureSplit.of(basicBefore))));
        return table;
    }

    /** Each line under every prefix of its code at the levels, in code order. */
    private static Map<String, ExpenditureSplit> byPrefix(List<DisclosureLine> amounts,
                                                          Function<DisclosureLine, String> code, int[] levels) {
        Map<String, ExpenditureSplit> rows = new TreeMap<>();
        for (DisclosureLine line : amounts) {
            for (int level : levels) {
                rows.computeIfAbsent(code.apply(line).substring(0, level), prefix -> new ExpenditureSplit()).add(line);
            }
        }
        return rows;
    }

    /** A row's total against last year's: none without a previous year, 0 where the row had no money then. */
    private static YearOnYear compared(ExpenditureSplit split, List<DisclosureLine> previous, ExpenditureSplit before) {
        if (previous == null) {
            return YearOnYear.NONE;
        }
        return YearOnYear.of(split.total(), before == null ? Money.ZERO : before.total());
    }

    /** "三公"经费 by kind, exact: 因公出国（境）, 公务用车购置 and 运行维护, 公务接待. */
    record ThreePublicSums(Money abroad, Money vehiclePurchase, Money vehicleOperation, Money reception) {

        static ThreePublicSums of(List<DisclosureLine> amounts) {
            return new ThreePublicSums(sumOf(amounts, "30212"), sumOf(amounts, "31013"), sumOf(amounts, "30231"),
                    sumOf(amounts, "30217"));
        }

        ThreePublicSums minus(ThreePublicSums other) {
            return new ThreePublicSums(abroad.minus(other.abroad), vehiclePurchase.minus(other.vehiclePurchase),
                    vehicleOperation.minus(other.vehicleOperation), reception.minus(other.reception));
        }

        ThreePublicTable table() {
            Money vehicles = vehiclePurchase.plus(vehicleOperation);
            return new ThreePublicTable(abroad.plus(vehicles).plus(reception).toWanYuan(), abroad.toWanYuan(),
                    vehicles.toWanYuan(), vehiclePurchase.toWanYuan(), vehicleOperation.toWanYuan(),
                    reception.toWanYuan());
        }
    }

    /**
     * This year's money by fund source, and carried money (any fund source) in the published income column
     * 上年结转结余: listed with the sources when all are shown, else only when there is some.
     */
    static Map<String, Money> incomeBySource(List<DisclosureLine> amounts, List<FundSource> shown) {
        Map<FundSource, Money> bySource = bySource(amounts.stream().filter(line -> !line.isCarriedOver()).toList());
        Money carried = sum(amounts.stream().filter(DisclosureLine::isCarriedOver).toList());
        Map<String, Money> table = new LinkedHashMap<>();
        table.put("total", sum(amounts));
        shown.stream().filter(source -> source != FundSource.CARRIED_OVER)
                .forEach(source -> table.put(source.label(), bySource.getOrDefault(source, Money.ZERO)));
        if (shown.contains(FundSource.CARRIED_OVER) || !carried.isZero()) {
            table.put(FundSource.CARRIED_OVER.label(), carried);
        }
        return table;
    }

    /** This year's cells minus last year's, by the keys of either (a key absent from one year counts 0 there). */
    private static Map<String, String> changes(Map<String, Money> current, Map<String, Money> previous) {
        Map<String, String> table = new LinkedHashMap<>();
        current.forEach((key, amount) -> table.put(key, amount.minus(previous.getOrDefault(key, Money.ZERO)).toWanYuan()));
        previous.forEach((key, amount) -> table.putIfAbsent(key, Money.ZERO.minus(amount).toWanYuan()));
        return table;
    }

    private static Map<String, String> wanYuan(Map<String, Money> cells) {
        Map<String, String> table = new LinkedHashMap<>();
        cells.forEach((key, amount) -> table.put(key, amount.toWanYuan()));
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

    /**
     * 项目支出 (其他运转类, 特定目标类) by unit and project, in that order; year on year against the same project of
     * the same unit.
     */
    static List<ProjectRow> projects(List<DisclosureLine> amounts, List<DisclosureLine> previous,
                                     Map<String, String> unitNames) {
        Map<String, ProjectSum> byProject = projectSums(amounts);
        Map<String, ProjectSum> before = previous == null ? Map.of() : projectSums(previous);
        before.forEach((key, project) -> byProject.putIfAbsent(key, new ProjectSum(project.line(), List.of())));
        return byProject.values().stream().map(project -> {
            ProjectSum earlier = before.get(project.unit() + " " + project.line().projectCode());
            YearOnYear yearOnYear = previous == null ? YearOnYear.NONE
                    : YearOnYear.of(project.amount(), earlier == null ? Money.ZERO : earlier.amount());
            DisclosureLine line = project.line();
            return new ProjectRow(line.projectCode(), line.projectName(), line.category().label(),
                    project.amount().toWanYuan(), project.unit(), yearOnYear.previous(), yearOnYear.change(),
                    unitNames.get(project.unit()),
                    project.of(false, FundSource.GENERAL_PUBLIC_BUDGET), project.of(false, FundSource.GOVERNMENT_FUND_BUDGET),
                    project.of(false, FundSource.STATE_CAPITAL_BUDGET), project.of(true, FundSource.GENERAL_PUBLIC_BUDGET),
                    project.of(true, FundSource.GOVERNMENT_FUND_BUDGET), project.of(true, FundSource.STATE_CAPITAL_BUDGET),
                    CompleteTables.sum(project.lines(), l -> l.fundSource() == FundSource.SPECIAL_ACCOUNT_FUNDS).toWanYuan(),
                    CompleteTables.sum(project.lines(), l -> !l.fundSource().isFiscalAppropriation()
                            && l.fundSource() != FundSource.SPECIAL_ACCOUNT_FUNDS).toWanYuan());
        }).toList();
    }

    /** A project's first line (its name and category) and all its lines, summed exactly. */
    private record ProjectSum(DisclosureLine line, List<DisclosureLine> lines) {

        String unit() {
            return line.unit();
        }

        Money amount() {
            return CompleteTables.sum(lines, l -> true);
        }

        /** Its 财政拨款 of a source, this year's or (carried) 结转结余, in 万元. */
        String of(boolean carried, FundSource source) {
            return CompleteTables.sum(lines, l -> l.isCarriedOver() == carried && l.fundSource() == source).toWanYuan();
        }
    }

    private static Map<String, ProjectSum> projectSums(List<DisclosureLine> amounts) {
        Map<String, List<DisclosureLine>> byProject = new TreeMap<>();
        for (DisclosureLine line : amounts) {
            if (!line.isBasic()) {
                byProject.computeIfAbsent(line.unit() + " " + line.projectCode(), key -> new ArrayList<>()).add(line);
            }
        }
        Map<String, ProjectSum> sums = new TreeMap<>();
        byProject.forEach((key, lines) -> sums.put(key, new ProjectSum(lines.get(0), lines)));
        return sums;
    }

    /**
     * The 分单位 table: each unit's total, 基本支出 and 项目支出, in unit code order; units of the previous year only
     * are listed too (0.00 this year). unitNames: the latest name of every unit of either year.
     */
    static List<UnitRow> byUnit(List<DisclosureLine> amounts, List<DisclosureLine> previous, Collection<String> units,
                                Map<String, String> unitNames) {
        Map<String, ExpenditureSplit> rows = new TreeMap<>();
        units.forEach(unit -> rows.put(unit, new ExpenditureSplit()));
        amounts.forEach(line -> rows.get(line.unit()).add(line));
        Map<String, ExpenditureSplit> before = new TreeMap<>();
        if (previous != null) {
            previous.forEach(line -> before.computeIfAbsent(line.unit(), unit -> new ExpenditureSplit()).add(line));
        }
        before.keySet().forEach(unit -> rows.putIfAbsent(unit, new ExpenditureSplit()));
        List<UnitRow> table = new ArrayList<>();
        rows.forEach((unit, split) -> {
            YearOnYear yearOnYear = compared(split, previous, before.get(unit));
            table.add(new UnitRow(unit, unitNames.get(unit), split.total().toWanYuan(), split.basic().toWanYuan(),
                    split.project().toWanYuan(), yearOnYear.previous(), yearOnYear.change()));
        });
        return table;
    }

    private static Money sumOf(List<DisclosureLine> amounts, String economicCode) {
        return amounts.stream().filter(line -> line.economicCode().value().equals(economicCode))
                .map(DisclosureLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
