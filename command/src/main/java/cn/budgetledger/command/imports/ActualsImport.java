package cn.budgetledger.command.imports;

import cn.budgetledger.api.IndicatorName;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.RecordIndicatorActualCommand;
import cn.budgetledger.command.domain.ActualsNeedAManualTarget;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Manual indicator actuals (formats.md §5): 实际完成值 and 偏差原因 of an indicator the ledger cannot
 * compute. Whether the indicator has a target is the aggregate's check: a row without one is listed as
 * refused, the others are recorded.
 */
@Component
public class ActualsImport implements ImportKind {

    static final String INDICATOR = "三级指标";
    static final String ACTUAL = "实际完成值";
    static final String DEVIATION_REASON = "偏差原因";

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
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, CheckedRow.PROJECT_CODE, INDICATOR, ACTUAL);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of(DEVIATION_REASON);
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
            BigDecimal actual = row.indicatorNumber(ACTUAL, indicator);
            String reason = row.freeText(DEVIATION_REASON);
            if (indicator != null) {
                row.reject(INDICATOR, ActualsNeedAManualTarget.checkManual(indicator));
            }
            if (budget != null) {
                ledger.yearToRecordIn(row, budget);
            }
            if (row.isValid()) {
                actuals.add(row, indicator.value(),
                        new RecordIndicatorActualCommand(budget, project, indicator.value(), actual, reason));
            }
        }

        @Override
        public void record(RowSource rows, ImportTally tally) {
            actuals.sendEach(commands, tally);
        }
    }
}
