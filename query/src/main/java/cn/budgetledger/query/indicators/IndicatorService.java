package cn.budgetledger.query.indicators;

import cn.budgetledger.api.BudgetYearNotFound;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.ledger.BudgetLedgerRepository;
import cn.budgetledger.query.ledger.DepartmentYears;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/** Computes a unit-year's indicators as of a date from the read model. */
@Service
public class IndicatorService {

    private final IndicatorRepository repository;
    private final BudgetLedgerRepository ledger;
    private final DepartmentYears departments;

    public IndicatorService(IndicatorRepository repository, BudgetLedgerRepository ledger, DepartmentYears departments) {
        this.repository = repository;
        this.ledger = ledger;
        this.departments = departments;
    }

    /** The unit-year as the ledger knows it (name, closing date), or a "not found". */
    public BudgetLedgerRepository.YearRow year(UnitYear budget) {
        return ledger.findYear(budget).orElseThrow(() -> BudgetYearNotFound.of(budget));
    }

    /** For a year its caller has found with {@link #year}: a report is asked for many dates of one year. */
    public IndicatorReport report(UnitYear budget, LocalDate asOf) {
        List<String> unit = List.of(budget.unit());
        return report(budget, asOf, repository.linesAsOf(budget.year(), unit, asOf).getOrDefault(budget.unit(), List.of()),
                repository.adjustmentCountsAsOf(budget.year(), unit, asOf).getOrDefault(budget.unit(), AdjustmentCounts.NONE));
    }

    private static IndicatorReport report(UnitYear budget, LocalDate asOf, List<LineMeasures> lines,
                                          AdjustmentCounts counts) {
        Measures unit = Measures.NONE;
        Map<String, Measures> projectMeasures = new LinkedHashMap<>();
        Map<String, LineMeasures> projectNames = new LinkedHashMap<>();
        List<LineIndicators> lineIndicators = new ArrayList<>();
        for (LineMeasures line : lines) {
            unit = unit.plus(line.measures());
            projectMeasures.merge(line.projectCode(), line.measures(), Measures::plus);
            projectNames.putIfAbsent(line.projectCode(), line);
            lineIndicators.add(new LineIndicators(line, ScopeIndicators.of(line.measures(), counts.line(line.lineId()))));
        }
        List<ProjectIndicators> projects = new ArrayList<>();
        projectMeasures.forEach((code, measures) -> {
            LineMeasures named = projectNames.get(code);
            projects.add(new ProjectIndicators(code, named.projectName(), named.projectCategory(),
                    ScopeIndicators.of(measures, counts.project(code))));
        });
        return new IndicatorReport(budget, asOf, TimeProgress.at(asOf), ScopeIndicators.of(unit, counts.unit()),
                List.copyOf(projects), List.copyOf(lineIndicators));
    }

    /** A department's units summed: 科目调整次数 adds up, as each unit's documents are its own. */
    private record DepartmentSums(int units, MeasureSums measures, int adjustments) {

        DepartmentSums plus(DepartmentSums other) {
            return new DepartmentSums(units + other.units, measures.plus(other.measures), adjustments + other.adjustments);
        }
    }

    /** One unit's own figures as of a date: its lines summed (its projects' and lines' indicators are not shown). */
    private record UnitSums(String unit, BudgetLedgerRepository.YearRow row, MeasureSums measures, int adjustments) {

        YearOverviewView.Unit view() {
            return new YearOverviewView.Unit(unit, row.unitName(), row.department(), IndicatorFigures.of(measures, adjustments));
        }
    }

    /** The given units of a year as of a date, read in three statements whatever their number. */
    private List<UnitSums> unitSums(int year, Map<String, BudgetLedgerRepository.YearRow> years, LocalDate asOf) {
        Map<String, List<LineMeasures>> lines = repository.linesAsOf(year, years.keySet(), asOf);
        Map<String, AdjustmentCounts> counts = repository.adjustmentCountsAsOf(year, years.keySet(), asOf);
        List<UnitSums> units = new ArrayList<>();
        years.forEach((unit, row) -> units.add(new UnitSums(unit, row, lines.getOrDefault(unit, List.of()).stream()
                .map(LineMeasures::measures).reduce(Measures.NONE, Measures::plus).sums(),
                counts.getOrDefault(unit, AdjustmentCounts.NONE).unit())));
        return units;
    }

    /**
     * Every unit of the year that passes visible (unit code, department) as of a date, and their sum. A unit-year's
     * figures fit in Money (BudgetsAreBounded; refused amounts, which have no such bound, are summed as BigInteger);
     * the sum of all units is taken as MeasureSums, which no number of unit-years overflows.
     */
    public YearOverviewView overview(int year, LocalDate asOf, BiPredicate<String, String> visible) {
        Map<String, BudgetLedgerRepository.YearRow> visibleYears = new LinkedHashMap<>();
        ledger.yearsOf(year).forEach((code, row) -> {
            if (visible.test(code, row.department())) {
                visibleYears.put(code, row);
            }
        });
        List<YearOverviewView.Unit> units = new ArrayList<>();
        MeasureSums total = MeasureSums.NONE;
        int adjustments = 0;
        Map<String, DepartmentSums> departments = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (UnitSums unit : unitSums(year, visibleYears, asOf)) {
            units.add(unit.view());
            total = total.plus(unit.measures());
            adjustments += unit.adjustments();
            departments.merge(unit.row().department(), new DepartmentSums(1, unit.measures(), unit.adjustments()),
                    DepartmentSums::plus);
        }
        List<YearOverviewView.Department> subtotals = new ArrayList<>();
        departments.forEach((department, sums) -> subtotals.add(new YearOverviewView.Department(department,
                sums.units(), IndicatorFigures.of(sums.measures(), sums.adjustments()))));
        return new YearOverviewView(year, asOf, Percent.shown(TimeProgress.at(asOf)),
                IndicatorFigures.of(total, adjustments), List.copyOf(units), List.copyOf(subtotals));
    }

    /**
     * A department's units of the year (DEPARTMENT_NOT_FOUND where none) as of a date: its figures summed over them
     * exactly and its rates computed from those sums (not averaged), as the overview's department subtotals are.
     */
    public DepartmentIndicatorsView department(String department, int year, LocalDate asOf) {
        List<YearOverviewView.Unit> units = new ArrayList<>();
        MeasureSums total = MeasureSums.NONE;
        int adjustments = 0;
        for (UnitSums unit : unitSums(year, departments.units(department, year), asOf)) {
            units.add(unit.view());
            total = total.plus(unit.measures());
            adjustments += unit.adjustments();
        }
        return new DepartmentIndicatorsView(department, year, asOf, Percent.shown(TimeProgress.at(asOf)),
                IndicatorFigures.of(total, adjustments), List.copyOf(units));
    }
}
