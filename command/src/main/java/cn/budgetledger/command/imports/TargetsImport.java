package cn.budgetledger.command.imports;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;
import cn.budgetledger.command.domain.DirectionMatchesComparator;
import cn.budgetledger.command.domain.QualitativeTargetsAreGradedInBands;
import cn.budgetledger.command.domain.TargetsAreWellFormed;
import cn.budgetledger.command.domain.TargetsNameKnownProjects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * 绩效目标 (formats.md §4): each row sets (or revises) one performance target of the unit as a whole
 * (项目编码 empty) or of one of its projects. The rows are checked by the aggregate's own target rules. A 指标值
 * that is not a number makes a qualitative target (定性指标), whose 度量单位 may be empty.
 */
@Component
public class TargetsImport implements ImportKind {

    static final String FIRST_LEVEL = "一级指标";
    static final String SECOND_LEVEL = "二级指标";
    static final String INDICATOR = "三级指标";
    static final String COMPARATOR = "指标性质";
    static final String VALUE = "指标值";
    static final String UNIT_OF_MEASURE = "度量单位";
    static final String WEIGHT = "权重";
    static final String DIRECTION = "指标方向";

    private final CommandGateway commands;

    public TargetsImport(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, CheckedRow.PROJECT_CODE, FIRST_LEVEL, SECOND_LEVEL, INDICATOR,
                COMPARATOR, VALUE, UNIT_OF_MEASURE, WEIGHT, DIRECTION);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of();
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final DocumentPerRow targets = new DocumentPerRow();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            String project = row.optionalProjectCode();
            String firstLevel = row.name(FIRST_LEVEL);
            String secondLevel = row.name(SECOND_LEVEL);
            IndicatorName indicator = row.indicator(INDICATOR);
            IndicatorComparator comparator = row.parse(COMPARATOR, IndicatorComparator::of);
            String qualitative = IndicatorValue.isQualitative(row.optional(VALUE)) ? row.name(VALUE) : null;
            BigDecimal value = qualitative == null ? row.indicatorNumber(VALUE, indicator) : null;
            String unitOfMeasure = qualitative == null ? row.name(UNIT_OF_MEASURE) : row.optionalName(UNIT_OF_MEASURE);
            BigDecimal weight = row.indicatorNumber(WEIGHT, indicator);
            IndicatorDirection direction = row.parse(DIRECTION, IndicatorDirection::of);
            if (indicator != null && comparator != null) {
                row.reject(VALUE, QualitativeTargetsAreGradedInBands.checkTarget(indicator, comparator,
                        qualitative != null));
            }
            if (indicator != null && comparator != null && value != null) {
                row.reject(VALUE, TargetsAreWellFormed.checkValue(indicator, comparator, value));
            }
            if (indicator != null && weight != null) {
                row.reject(WEIGHT, TargetsAreWellFormed.checkWeight(indicator, weight));
            }
            if (indicator != null && comparator != null && direction != null) {
                row.reject(DIRECTION, DirectionMatchesComparator.check(indicator.value(), comparator, direction));
            }
            if (budget != null) {
                ledger.yearToRecordIn(row, budget).ifPresent(year -> row.reject(CheckedRow.PROJECT_CODE,
                        TargetsNameKnownProjects.check(project, year.lines().keySet())));
            }
            if (row.isValid()) {
                targets.add(row, indicator.value(), new SetPerformanceTargetCommand(budget, project, firstLevel,
                        secondLevel, indicator.value(), comparator, value, unitOfMeasure, weight, direction,
                        qualitative));
            }
        }

        @Override
        public void record(RowSource rows, ImportTally tally) {
            targets.sendEach(commands, tally);
        }
    }
}
