package cn.budgetledger.command.imports;

import cn.budgetledger.api.IndicatorComparator;
import cn.budgetledger.api.IndicatorDirection;
import cn.budgetledger.api.IndicatorValue;
import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.SetPerformanceTargetCommand;
import cn.budgetledger.api.events.PerformanceTargetSetEvent;
import cn.budgetledger.command.domain.ClosedYearTakesNoEntries;
import cn.budgetledger.command.domain.DirectionMatchesComparator;
import cn.budgetledger.command.domain.TargetsAreWellFormed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 绩效目标 (formats.md §4): each row sets (or revises) one performance target of the unit as a whole
 * (项目编码 empty) or of one of its projects. The rows are checked by the aggregate's own target rules.
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

    /** Which column a broken target rule is about. */
    private static final Map<String, String> COLUMN_OF_RULE = Map.of(
            "TARGET_VALUE_INVALID", VALUE,
            "WEIGHT_INVALID", WEIGHT,
            "DIRECTION_CONTRADICTS_COMPARATOR", DIRECTION,
            "INDICATOR_NAME_MISSING", INDICATOR,
            "INDICATOR_NAME_TOO_LONG", INDICATOR);

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

    private record TargetRow(int row, SetPerformanceTargetCommand command) {
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final List<TargetRow> targets = new ArrayList<>();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            String project = row.optionalProjectCode();
            String firstLevel = row.name(FIRST_LEVEL);
            String secondLevel = row.name(SECOND_LEVEL);
            String indicator = row.name(INDICATOR);
            IndicatorComparator comparator = row.parse(COMPARATOR, IndicatorComparator::of);
            BigDecimal value = row.parse(VALUE, text -> IndicatorValue.parse(text, VALUE));
            String unitOfMeasure = row.name(UNIT_OF_MEASURE);
            BigDecimal weight = row.parse(WEIGHT, text -> IndicatorValue.parse(text, WEIGHT));
            IndicatorDirection direction = row.parse(DIRECTION, IndicatorDirection::of);
            if (budget != null) {
                checkYear(row, budget, project);
            }
            if (!row.isValid()) {
                return;
            }
            SetPerformanceTargetCommand command = new SetPerformanceTargetCommand(budget, project, firstLevel,
                    secondLevel, indicator, comparator, value, unitOfMeasure, weight, direction);
            try {
                PerformanceTargetSetEvent target = TargetsAreWellFormed.require(budget, command);
                DirectionMatchesComparator.require(target.indicator(), target.comparator(), target.direction());
                targets.add(new TargetRow(row.number(), command));
            } catch (LedgerException broken) {
                row.reject(COLUMN_OF_RULE.getOrDefault(broken.code(), INDICATOR), broken.getMessage());
            }
        }

        private void checkYear(CheckedRow row, UnitYear budget, String project) {
            var year = ledger.year(budget);
            if (year.isEmpty()) {
                row.reject(CheckedRow.UNIT, "预算年度不存在：" + budget + "（请先导入预算批复）");
                return;
            }
            row.reject(CheckedRow.YEAR, ClosedYearTakesNoEntries.check(budget, year.get().isClosed()));
            if (project != null && year.get().lines().keySet().stream().noneMatch(line -> line.projectCode().equals(project))) {
                row.reject(CheckedRow.PROJECT_CODE, "项目不存在：" + project + "（请先登记该项目的预算指标）");
            }
        }

        @Override
        public void record(RowSource rows, ImportTally tally) {
            for (TargetRow target : targets) {
                tally.document(List.of(target.row()), target.command().indicator(),
                        () -> commands.sendAndWait(target.command()));
            }
        }
    }
}
