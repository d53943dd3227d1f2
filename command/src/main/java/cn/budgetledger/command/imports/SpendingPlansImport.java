package cn.budgetledger.command.imports;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PlanMonth;
import cn.budgetledger.api.commands.SetSpendingPlanCommand;
import cn.budgetledger.command.domain.LinesMustExist;
import cn.budgetledger.command.domain.SpendingPlansAreMonthly;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 用款计划 (formats.md §6): one row per line and month; the rows of a line make its plan for the whole year (the
 * months it leaves out planned at zero), which sets or revises the line's plan. Every row is checked by the
 * aggregate's own rules before anything is recorded; a line's plan sent again unchanged changes nothing.
 */
@Component
public class SpendingPlansImport implements ImportKind {

    static final String MONTH = "月份";
    static final String AMOUNT = SpendingPlansAreMonthly.AMOUNT;

    private final CommandGateway commands;

    public SpendingPlansImport(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "spending-plans";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, CheckedRow.FUNCTIONAL_CODE, CheckedRow.ECONOMIC_CODE,
                CheckedRow.PROJECT_CODE, CheckedRow.FUND_SOURCE, MONTH, AMOUNT);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of(CheckedRow.ORIGIN);
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    /** The rows of one line's plan, in file order, and the month each row named. */
    private record LinePlan(UnitYear budget, LineKey line, List<Integer> rows, List<PlanMonth> months,
                            Map<Integer, Integer> rowOfMonth) {

        LinePlan(UnitYear budget, LineKey line) {
            this(budget, line, new ArrayList<>(), new ArrayList<>(), new HashMap<>());
        }
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final Map<String, LinePlan> plans = new LinkedHashMap<>();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            LineKey named = row.line();
            Integer month = row.parse(MONTH, SpendingPlansAreMonthly::month);
            Money amount = row.notNegativeAmount(AMOUNT);
            if (budget == null || named == null) {
                return;
            }
            var year = ledger.yearToRecordIn(row, budget);
            if (year.isEmpty()) {
                return;
            }
            Set<LineKey> lines = year.get().lines().keySet();
            LineKey line = LinesMustExist.resolve(named, lines);
            row.rejectUnknownLine(line, lines);
            LinePlan plan = plans.computeIfAbsent(budget + "|" + line, key -> new LinePlan(budget, line));
            if (month != null) {
                Integer earlier = plan.rowOfMonth().putIfAbsent(month, row.number());
                if (earlier != null) {
                    row.reject(MONTH, SpendingPlansAreMonthly.duplicate(month).orElseThrow().message()
                            + "（第 " + earlier + " 行）");
                }
            }
            if (row.isValid()) {
                plan.rows().add(row.number());
                plan.months().add(new PlanMonth(month, amount));
            }
        }

        @Override
        public void record(RowSource rows, ImportTally tally) {
            for (LinePlan plan : plans.values()) {
                tally.document(plan.rows(), "用款计划 " + plan.line().describe(), () -> commands.sendAndWait(
                        new SetSpendingPlanCommand(plan.budget(), plan.line(), List.copyOf(plan.months()))));
            }
        }
    }
}
