package cn.budgetledger.command.imports;

import cn.budgetledger.api.AdjustmentType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AdjustmentEntry;
import cn.budgetledger.api.commands.ApproveAdjustmentCommand;
import cn.budgetledger.command.domain.AdjustmentTypeSetsTheSigns;
import cn.budgetledger.command.domain.BudgetsAreBounded;
import cn.budgetledger.command.domain.LinesMustExist;
import cn.budgetledger.command.domain.ProjectsAreConsistent;
import cn.budgetledger.command.domain.RuleSettings;
import cn.budgetledger.command.domain.ThreePublicNeverIncreasedByTransfer;
import cn.budgetledger.command.domain.TransfersStayWithinFundSources;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 科目调整 (formats.md §2): rows with the same 调整单号 form one adjustment document, whatever lines it
 * touches. An entry may open a new line when it names the project (项目名称, 项目类别).
 */
@Component
public class AdjustmentsImport implements ImportKind {

    static final String DOCUMENT = "调整单号";
    static final String DATE = "调整日期";
    static final String TYPE = "调整类型";
    static final String AMOUNT = "调整金额";
    static final String PROJECT_NAME = "项目名称";
    static final String PROJECT_CATEGORY = "项目类别";
    static final String REASON = "事由";

    private final CommandGateway commands;
    private final RuleSettings settings;

    public AdjustmentsImport(CommandGateway commands, RuleSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "adjustments";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, CheckedRow.YEAR, DOCUMENT, DATE, TYPE, CheckedRow.FUNCTIONAL_CODE,
                CheckedRow.ECONOMIC_CODE, CheckedRow.PROJECT_CODE, CheckedRow.FUND_SOURCE, AMOUNT);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of(PROJECT_NAME, PROJECT_CATEGORY, REASON, CheckedRow.ORIGIN);
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    /** One entry of an adjustment document, read. */
    private record EntryRow(int row, LineKey line, Money amount, Project project) {

        AdjustmentEntry entry() {
            return new AdjustmentEntry(line, amount, project);
        }
    }

    /** An adjustment document being assembled from its rows; its heading is the first row's. */
    private record AdjustmentDocument(UnitYear budget, String number, AdjustmentType type, LocalDate date,
                                      String reason, int firstRow, List<EntryRow> entries) {
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final Map<String, AdjustmentDocument> documents = new LinkedHashMap<>();
        private final Set<String> linesOpenedInFile = new HashSet<>();

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            String number = row.documentNumber(DOCUMENT);
            LocalDate date = row.dateIn(DATE, budget);
            AdjustmentType type = row.parse(TYPE, AdjustmentType::of);
            LineKey line = row.line();
            Money amount = row.nonZeroAmount(AMOUNT);
            String projectName = row.optionalName(PROJECT_NAME);
            ProjectCategory category = row.parseOptional(PROJECT_CATEGORY, ProjectCategory::of);
            String reason = row.freeText(REASON);
            if (amount != null && type != null) {
                row.reject(AMOUNT, AdjustmentTypeSetsTheSigns.checkEntry(type, amount));
            }
            boolean categoryGiven = row.optional(PROJECT_CATEGORY) != null;
            if ((row.optional(PROJECT_NAME) != null) != categoryGiven) {
                row.reject(categoryGiven ? PROJECT_NAME : PROJECT_CATEGORY, "开新指标须同时填写项目名称和项目类别");
            }
            Project project = line == null || projectName == null || category == null ? null
                    : new Project(line.projectCode(), projectName, category);
            if (budget != null && line != null) {
                checkLine(row, budget, line, project);
            }
            if (row.isValid()) {
                String key = budget + "|" + number;
                AdjustmentDocument document = documents.computeIfAbsent(key, any ->
                        new AdjustmentDocument(budget, number, type, date, reason, row.number(), new ArrayList<>()));
                checkSameDocument(row, document, type, date, reason);
                if (document.reason() == null && reason != null) {
                    document = new AdjustmentDocument(budget, number, type, date, reason, document.firstRow(),
                            document.entries());
                    documents.put(key, document);
                }
                document.entries().add(new EntryRow(row.number(), line, amount, project));
            }
        }

        private void checkLine(CheckedRow row, UnitYear budget, LineKey named, Project project) {
            var year = ledger.yearToRecordIn(row, budget);
            if (year.isEmpty()) {
                return;
            }
            LineKey line = LinesMustExist.resolve(named, year.get().lines().keySet());
            String key = budget + "|" + line;
            boolean exists = year.get().lines().containsKey(line) || linesOpenedInFile.contains(key);
            if (!exists) {
                row.reject(CheckedRow.PROJECT_CODE, ProjectsAreConsistent.checkNewLine(line, project));
            }
            if (!exists && project != null) {
                linesOpenedInFile.add(key);
            }
        }

        private void checkSameDocument(CheckedRow row, AdjustmentDocument document, AdjustmentType type,
                                       LocalDate date, String reason) {
            String number = document.number();
            if (document.type() != type) {
                row.reject(TYPE, "调整单 " + number + " 的调整类型须一致：第 " + document.firstRow() + " 行为"
                        + document.type().label());
            }
            if (!document.date().equals(date)) {
                row.reject(DATE, "调整单 " + number + " 的调整日期须一致：第 " + document.firstRow() + " 行为"
                        + document.date());
            }
            // 事由 may be written on one row of the document only; written twice, it must agree.
            if (reason != null && document.reason() != null && !document.reason().equals(reason)) {
                row.reject(REASON, "调整单 " + number + " 的事由须一致：第 " + document.firstRow() + " 行为「"
                        + Objects.requireNonNullElse(document.reason(), "") + "」");
            }
        }

        /** A document's rules over all its entries: a 调剂 adds up to zero, within each fund source, raising no 三公 line. */
        @Override
        public void checkWhole(ImportErrors errors) {
            for (AdjustmentDocument document : documents.values()) {
                String which = "调整单 " + document.number() + "：";
                List<AdjustmentEntry> entries = document.entries().stream().map(EntryRow::entry).toList();
                Money sum = BudgetsAreBounded.sum(entries.stream().map(AdjustmentEntry::amount).toList());
                AdjustmentTypeSetsTheSigns.checkSum(document.type(), sum)
                        .or(() -> TransfersStayWithinFundSources.check(document.type(), entries))
                        .ifPresent(refused -> errors.add(document.firstRow(), AMOUNT, which + refused.message()));
                Map<LineKey, Money> netChange = new LinkedHashMap<>();
                Map<LineKey, Integer> firstRow = new HashMap<>();
                for (EntryRow entry : document.entries()) {
                    netChange.merge(entry.line(), entry.amount(), Money::plus);
                    firstRow.putIfAbsent(entry.line(), entry.row());
                }
                netChange.forEach((line, change) -> ThreePublicNeverIncreasedByTransfer
                        .check(document.type(), line, change, settings)
                        .ifPresent(refused -> errors.add(firstRow.get(line), AMOUNT, which + refused.message())));
            }
        }

        @Override
        public void record(RowSource source, ImportTally tally) {
            for (AdjustmentDocument document : documents.values()) {
                List<AdjustmentEntry> entries = document.entries().stream().map(EntryRow::entry).toList();
                tally.document(document.entries().stream().map(EntryRow::row).toList(), document.number(),
                        () -> commands.sendAndWait(new ApproveAdjustmentCommand(document.budget(), document.number(),
                                document.type(), document.date(), document.reason(), entries)));
            }
        }
    }
}
