package cn.budgetledger.command.imports;

import cn.budgetledger.api.AchievementLevel;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.RecordIndicatorActualCommand;
import cn.budgetledger.command.domain.ActualsNeedAManualTarget;
import cn.budgetledger.command.domain.QualitativeTargetsAreGradedInBands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Manual indicator actuals (formats.md §5): 实际完成值 and 偏差原因 of an indicator the ledger cannot
 * compute; for a qualitative target, 完成等级 and 得分 instead of 实际完成值, checked against the target's kind
 * and band by the aggregate's own policy. Whether the indicator has a target at all is the aggregate's check: a
 * row without one is listed as refused, the others are recorded.
 */
@Component
public class ActualsImport implements ImportKind {

    static final String INDICATOR = "三级指标";
    static final String ACTUAL = "实际完成值";
    static final String DEVIATION_REASON = "偏差原因";
    static final String LEVEL = "完成等级";
    static final String POINTS = "得分";

    private final CommandGateway commands;

    public ActualsImport(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "actuals";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, CheckedRow.PROJECT_CODE, INDICATOR);
    }

    /** 实际完成值 for a quantitative target, 完成等级 and 得分 for a qualitative one: a file may hold either or both. */
    @Override
    public List<String> optionalColumns() {
        return List.of(ACTUAL, LEVEL, POINTS, DEVIATION_REASON);
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final DocumentPerRow actuals = new DocumentPerRow();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            String project = row.optionalProjectCode();
            IndicatorName indicator = row.indicator(INDICATOR);
            AchievementLevel level = row.parseOptional(LEVEL, AchievementLevel::of);
            BigDecimal actual = level == null ? row.indicatorNumber(ACTUAL, indicator)
                    : row.optionalIndicatorNumber(ACTUAL, indicator);
            BigDecimal points = level == null ? null : row.indicatorNumber(POINTS, indicator);
            String reason = row.freeText(DEVIATION_REASON);
            if (indicator != null) {
                row.reject(INDICATOR, ActualsNeedAManualTarget.checkManual(indicator));
            }
            if (budget != null && ledger.yearToRecordIn(row, budget).isPresent() && indicator != null
                    && ledger.targets(budget).has(project, indicator)) {
                Optional<BigDecimal> weight = ledger.targets(budget).qualitativeWeight(project, indicator);
                row.reject(level == null ? ACTUAL : LEVEL, QualitativeTargetsAreGradedInBands.checkActualKind(indicator,
                        weight.isPresent(), level, actual != null));
                if (weight.isPresent() && level != null && points != null) {
                    row.reject(POINTS, QualitativeTargetsAreGradedInBands.checkPoints(indicator, level, points, weight.get()));
                    row.reject(DEVIATION_REASON, QualitativeTargetsAreGradedInBands.checkReason(indicator, level, reason));
                }
            }
            if (row.isValid()) {
                actuals.add(row, indicator.value(),
                        new RecordIndicatorActualCommand(budget, project, indicator.value(), actual, reason, level, points));
            }
        }

        @Override
        public void record(RowSource rows, ImportTally tally) {
            actuals.sendEach(commands, tally);
        }
    }
}
