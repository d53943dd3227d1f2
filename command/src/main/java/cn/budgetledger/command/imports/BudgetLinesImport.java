package cn.budgetledger.command.imports;

import cn.budgetledger.api.AllocationType;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Origin;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.SubjectCatalogue;
import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AllocateBudgetCommand;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import cn.budgetledger.api.events.SubjectNameLearnedEvent;
import cn.budgetledger.api.queries.Figures;
import cn.budgetledger.api.queries.LineView;
import cn.budgetledger.command.domain.AllocationTypeMatchesOrigin;
import cn.budgetledger.command.domain.BudgetsAreBounded;
import cn.budgetledger.command.domain.ClosedYearTakesNoEntries;
import cn.budgetledger.command.domain.ProjectsAreConsistent;
import cn.budgetledger.command.domain.YearOpensOnce;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 预算批复 (formats.md §1): rows become one approval document per unit-year and 批复文号; rows without a
 * number form one document whose number is derived from its content, so the same file sent again is the
 * same document. The import opens each unit-year it names, and teaches the ledger the subject names the
 * catalogue lacks.
 */
@Component
public class BudgetLinesImport implements ImportKind {

    static final String UNIT_NAME = "单位名称";
    static final String PROJECT_NAME = "项目名称";
    static final String PROJECT_CATEGORY = "项目类别";
    static final String AMOUNT = "金额";
    static final String APPROVAL_DOCUMENT = "批复文号";
    static final String FUNCTIONAL_NAME = "功能科目名称";
    static final String ECONOMIC_NAME = "经济科目名称";
    static final String ALLOCATION_TYPE = "指标类型";

    private final CommandGateway commands;
    private final EventGateway events;

    public BudgetLinesImport(CommandGateway commands, EventGateway events) {
        this.commands = commands;
        this.events = events;
    }

    @Override
    public String name() {
        return "budget-lines";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CheckedRow.UNIT, UNIT_NAME, CheckedRow.YEAR, CheckedRow.FUNCTIONAL_CODE,
                CheckedRow.ECONOMIC_CODE, CheckedRow.PROJECT_CODE, PROJECT_NAME, PROJECT_CATEGORY,
                CheckedRow.FUND_SOURCE, AMOUNT);
    }

    @Override
    public List<String> optionalColumns() {
        return List.of(APPROVAL_DOCUMENT, FUNCTIONAL_NAME, ECONOMIC_NAME, CheckedRow.ORIGIN, ALLOCATION_TYPE);
    }

    @Override
    public ImportJob newJob(LedgerLookup ledger) {
        return new Job(ledger);
    }

    /** One row of the approval, read. */
    private record BudgetLineRow(int row, UnitYear budget, String unitName, String document, AllocationType type,
                                 LineKey line, Project project, Money amount) {
    }

    /** What a file adds to one unit-year's budget, and the first row that adds to it. */
    private record YearTotal(int firstRow, Money added) {
    }

    /** An approval document being assembled: its lines (equal lines add up) and the rows they came from. */
    private record ApprovalDocument(UnitYear budget, String number, AllocationType type,
                                    Map<LineKey, Allocation> allocations, List<Integer> rows) {
    }

    private final class Job implements ImportJob {

        private final LedgerLookup ledger;
        private final List<BudgetLineRow> rows = new ArrayList<>();
        private final Map<UnitYear, YearTotal> added = new LinkedHashMap<>();
        private final Map<UnitYear, String> unitNames = new LinkedHashMap<>();
        private final Map<String, Project> projects = new HashMap<>();
        /** Each numbered document's 指标类型, from its first row. */
        private final Map<String, AllocationType> documentTypes = new HashMap<>();
        private final Map<SubjectKind, Map<String, String>> subjectNames = Map.of(
                SubjectKind.FUNCTIONAL, new LinkedHashMap<>(), SubjectKind.ECONOMIC, new LinkedHashMap<>());

        Job(LedgerLookup ledger) {
            this.ledger = ledger;
        }

        @Override
        public void check(CheckedRow row) {
            UnitYear budget = row.unitYear();
            String unitName = row.name(UNIT_NAME);
            LineKey named = row.line();
            // 指标类型 left empty follows 指标来源: carried money comes in a 上年结转 document.
            AllocationType type = row.optional(ALLOCATION_TYPE) != null ? row.parseOptional(ALLOCATION_TYPE, AllocationType::of)
                    : named != null && named.origin() == Origin.CARRIED_OVER ? AllocationType.CARRIED_OVER
                    : AllocationType.INITIAL_APPROVAL;
            LineKey line = AllocationTypeMatchesOrigin.line(named, type);
            if (line != null && type != null) {
                row.reject(ALLOCATION_TYPE, AllocationTypeMatchesOrigin.check(type, line));
            }
            String projectName = row.name(PROJECT_NAME);
            ProjectCategory category = row.parse(PROJECT_CATEGORY, ProjectCategory::of);
            Money amount = row.positiveAmount(AMOUNT);
            String document = row.optionalDocumentNumber(APPROVAL_DOCUMENT);
            if (budget != null) {
                checkYear(row, budget, unitName);
            }
            if (budget != null && document != null && type != null) {
                AllocationType first = documentTypes.putIfAbsent(budget + "|" + document, type);
                if (first != null && first != type) {
                    row.reject(ALLOCATION_TYPE, "同一批复文号的指标类型须一致：前面的行为「" + first.label() + "」");
                }
            }
            Project project = line == null || projectName == null || category == null ? null
                    : new Project(line.projectCode(), projectName, category);
            if (budget != null && project != null) {
                checkProject(row, budget, line, project);
            }
            learn(row, SubjectKind.FUNCTIONAL, CheckedRow.FUNCTIONAL_CODE, FUNCTIONAL_NAME);
            learn(row, SubjectKind.ECONOMIC, CheckedRow.ECONOMIC_CODE, ECONOMIC_NAME);
            if (row.isValid()) {
                rows.add(new BudgetLineRow(row.number(), budget, unitName, document, type, line, project, amount));
                added.merge(budget, new YearTotal(row.number(), amount),
                        (sum, more) -> new YearTotal(sum.firstRow(), BudgetsAreBounded.sum(List.of(sum.added(), more.added()))));
            }
        }

        /** What the file adds to each unit-year stays within the bound the aggregate keeps (BudgetsAreBounded). */
        @Override
        public void checkWhole(ImportErrors errors) {
            added.forEach((budget, total) -> {
                List<Figures> known = ledger.year(budget).stream().flatMap(year -> year.view().lines().stream())
                        .map(LineView::figures).toList();
                Money original = BudgetsAreBounded.sum(known.stream().map(Figures::original).toList());
                Money adjusted = BudgetsAreBounded.sum(known.stream().map(Figures::adjusted).toList());
                BudgetsAreBounded.checkOriginal(original, total.added())
                        .or(() -> BudgetsAreBounded.checkAdjusted(adjusted, total.added()))
                        .ifPresent(tooMuch -> errors.add(total.firstRow(), AMOUNT, budget + "：" + tooMuch.message()));
            });
        }

        private void checkYear(CheckedRow row, UnitYear budget, String unitName) {
            ledger.year(budget).ifPresent(known -> {
                row.reject(CheckedRow.YEAR, ClosedYearTakesNoEntries.check(budget, known.isClosed()));
                if (unitName != null) {
                    row.reject(UNIT_NAME, YearOpensOnce.check(budget, known.view().unitName(),
                            known.view().unitName().equals(unitName)));
                }
            });
            if (unitName != null) {
                String first = unitNames.putIfAbsent(budget, unitName);
                if (first != null && !first.equals(unitName)) {
                    row.reject(UNIT_NAME, "同一单位年度的单位名称须一致：前面的行为「" + first + "」");
                }
            }
        }

        /** A project code means one project: the same name and category on every row and in the ledger. */
        private void checkProject(CheckedRow row, UnitYear budget, LineKey line, Project project) {
            Project known = projects.computeIfAbsent(budget + "|" + project.code(), key -> ledger.year(budget)
                    .flatMap(year -> year.view().projects().stream()
                            .filter(view -> view.code().equals(project.code())).findFirst())
                    .map(view -> new Project(view.code(), view.name(), view.category()))
                    .orElse(project));
            row.reject(known.name().equals(project.name()) ? PROJECT_CATEGORY : PROJECT_NAME,
                    ProjectsAreConsistent.check(line, project, List.of(known)));
        }

        private void learn(CheckedRow row, SubjectKind kind, String codeColumn, String nameColumn) {
            String name = row.optionalName(nameColumn);
            String code = row.optional(codeColumn);
            if (name != null && code != null && !SubjectCatalogue.shipped().knows(kind, code)) {
                subjectNames.get(kind).put(code, name);
            }
        }

        @Override
        public void record(RowSource source, ImportTally tally) {
            unitNames.forEach((budget, unitName) -> {
                if (ledger.year(budget).isEmpty()) {
                    commands.sendAndWait(new OpenBudgetYearCommand(budget, unitName, null));
                }
            });
            for (ApprovalDocument document : documents()) {
                tally.document(document.rows(), document.number(),
                        () -> commands.sendAndWait(new AllocateBudgetCommand(document.budget(), document.number(),
                                document.budget().firstDay(), List.copyOf(document.allocations().values()),
                                document.type())));
            }
            publishLearnedNames();
        }

        private List<ApprovalDocument> documents() {
            Map<String, ApprovalDocument> documents = new LinkedHashMap<>();
            for (BudgetLineRow row : rows) {
                String key = row.budget() + "|" + Objects.requireNonNullElse(row.document(), "") + "|" + row.type();
                ApprovalDocument document = documents.computeIfAbsent(key, any -> new ApprovalDocument(row.budget(),
                        row.document(), row.type(), new LinkedHashMap<>(), new ArrayList<>()));
                document.allocations().merge(row.line(), new Allocation(row.line(), row.project(), row.amount()),
                        (sum, more) -> new Allocation(sum.line(), sum.project(), sum.amount().plus(more.amount())));
                document.rows().add(row.row());
            }
            return documents.values().stream()
                    .map(document -> document.number() != null ? document : new ApprovalDocument(document.budget(),
                            derivedNumber(document.allocations()), document.type(), document.allocations(),
                            document.rows()))
                    .toList();
        }

        private void publishLearnedNames() {
            subjectNames.forEach((kind, names) -> names.forEach((code, name) -> {
                if (!ledger.learnedSubjectNames().name(kind, code).map(name::equals).orElse(false)) {
                    events.publish(new SubjectNameLearnedEvent(kind, code, name));
                }
            }));
        }
    }

    /**
     * The number of an approval imported without one: a digest of its content, independent of row order, so
     * re-importing the file finds the document already recorded.
     */
    static String derivedNumber(Map<LineKey, Allocation> allocations) {
        StringBuilder content = new StringBuilder();
        allocations.values().stream()
                .map(allocation -> allocation.line() + "|" + allocation.project() + "|" + allocation.amount())
                .sorted()
                .forEach(line -> content.append(line).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return "导入批复-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
