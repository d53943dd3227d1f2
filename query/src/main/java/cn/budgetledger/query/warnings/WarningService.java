package cn.budgetledger.query.warnings;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.query.evaluation.PerformanceTarget;
import cn.budgetledger.query.evaluation.PerformanceTargetRepository;
import cn.budgetledger.query.indicators.IndicatorReport;
import cn.budgetledger.query.indicators.IndicatorService;
import cn.budgetledger.query.indicators.Percent;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The warning states of a unit-year, newest first: as of the date asked, then as of each earlier month
 * end of the year, so a dashboard sees what stands now and how it came about.
 */
@Service
public class WarningService {

    private final IndicatorService indicators;
    private final PerformanceTargetRepository targets;
    private final WarningRules rules;
    private final WarningThresholds thresholds;

    public WarningService(IndicatorService indicators, PerformanceTargetRepository targets, WarningRules rules,
                          WarningThresholds thresholds) {
        this.indicators = indicators;
        this.targets = targets;
        this.rules = rules;
        this.thresholds = thresholds;
    }

    public WarningsView warnings(UnitYear budget, LocalDate asOf) {
        String unitName = indicators.year(budget).unitName();
        List<PerformanceTarget> all = targets.targets(budget);
        List<WarningState> states = new ArrayList<>();
        for (LocalDate date : datesNewestFirst(asOf)) {
            IndicatorReport report = indicators.report(budget, date);
            states.add(new WarningState(date, Percent.shown(report.timeProgress()), rules.evaluate(report, unitName, all)));
        }
        return new WarningsView(budget.unit(), budget.year(),
                new WarningsView.Thresholds(thresholds.yellow(), thresholds.orange(), thresholds.red()), List.copyOf(states));
    }

    static List<LocalDate> datesNewestFirst(LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>(List.of(asOf));
        for (LocalDate monthEnd = asOf.withDayOfMonth(1).minusDays(1); monthEnd.getYear() == asOf.getYear();
             monthEnd = monthEnd.withDayOfMonth(1).minusDays(1)) {
            dates.add(monthEnd);
        }
        return dates;
    }
}
