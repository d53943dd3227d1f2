package cn.budgetledger.app;

import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.CloseBudgetYearCommand;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import cn.budgetledger.api.commands.SetReviewRequirementCommand;
import cn.budgetledger.command.imports.ImportProgressBoard;
import cn.budgetledger.command.imports.ImportResult;
import cn.budgetledger.command.imports.Importer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * On the first start of a demo, the shipped samples go in through the same imports a finance user
 * uses: the three seed budgets, the Dazhou targets and a deterministic year of adjustments, payments,
 * reversals and refusals, so every figure and panel shows something.
 *
 * The budget-lines file names no department, so each unit-year is first opened as samples/units.csv says, with
 * the department (主管部门) its budget is published under: 503 for 503019, as seed 002's 部门收支总表 lists it
 * under 503 武汉市人力资源和社会保障局; 302 for 302002 and 126 for 126002, whose budgets name their 人社局 but
 * print no code for it, by the same rule (a unit code is its department's code and a serial number).
 *
 * Department 126 has two units and two years (files ending -demo are invented, the rest are the seeds' budgets):
 * the samples go in a year at a time, oldest first, and a year followed by another is closed (年终结转) before the
 * next one's files, so its unspent 项目支出 opens the next year as 上年结转 before that year's payments spend from it.
 *
 * One unit-year reviews its payments (制单 → 审核 → 记账): {@link #REVIEWED}, switched on after its sample year is
 * recorded, so its published figures stay those of the samples and what the demo's accountant pays there next
 * awaits the demo's reviewer (user reviewer).
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.data", havingValue = "true")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Lines before what names them: budgets, then targets, adjustments, spending plans, payments, actuals. */
    private static final List<String> KINDS_IN_ORDER = List.of("budget-lines", "targets", "adjustments", "spending-plans",
            "payments", "actuals");
    static final UnitYear REVIEWED = new UnitYear("126002", 2025);

    private final Importer importer;
    private final ImportProgressBoard progressBoard;
    private final ReadYourWrites readModels;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    public DemoData(Importer importer, ImportProgressBoard progressBoard, ReadYourWrites readModels, JdbcTemplate jdbc,
                    CommandGateway commands) {
        this.importer = importer;
        this.progressBoard = progressBoard;
        this.readModels = readModels;
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnFirstStart() {
        Long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        if (events != null && events > 0) {
            return;
        }
        log.info("Empty ledger in demo mode: importing the sample budgets and a sample year");
        List<UnitYear> unitYears = openWithTheirDepartments();
        // The budget-lines import opens only the years the read model does not know yet.
        readModels.awaitReadModels();
        SortedSet<Integer> years = unitYears.stream().map(UnitYear::year).collect(Collectors.toCollection(TreeSet::new));
        for (int year : years) {
            for (String kind : KINDS_IN_ORDER) {
                for (Resource sample : samples(kind, year)) {
                    ImportResult result = importer.importFile(importer.kind(kind), sample,
                            progressBoard.start(null, null, kind, sample.getFilename()));
                    log.info("Demo data {}: {}", sample.getFilename(), result);
                    // Each file's check reads the lines the previous files recorded.
                    readModels.awaitReadModels();
                }
            }
            if (year < years.last()) {
                unitYears.stream().filter(budget -> budget.year() == year).forEach(this::close);
            }
        }
        commands.sendAndWait(new SetReviewRequirementCommand(REVIEWED, true));
    }

    /** 年终结转 on 31 December; the carry-forward opens the next year's 上年结转 lines from its own processor. */
    private void close(UnitYear budget) {
        commands.sendAndWait(new CloseBudgetYearCommand(budget, budget.lastDay()));
        log.info("Demo data: {} closed", budget);
        // the read models caught up once the carry-forward has recorded the next year's allocation and it is read
        readModels.awaitReadModels();
    }

    /** samples/units.csv: 单位代码,单位名称,年度,主管部门 after a header row; the unit-years it opened. */
    private List<UnitYear> openWithTheirDepartments() {
        Resource units = new PathMatchingResourcePatternResolver().getResource("classpath:samples/units.csv");
        try {
            return new String(units.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .map(unit -> {
                        UnitYear budget = new UnitYear(unit[0], Integer.parseInt(unit[2]));
                        commands.sendAndWait(new OpenBudgetYearCommand(budget, unit[1], unit[3]));
                        return budget;
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A kind's files of one year: kind-UNIT-YEAR.csv, or kind-UNIT-YEAR-demo.csv where the figures are invented. */
    private static List<Resource> samples(String kind, int year) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:samples/" + kind + "-*.csv"))
                    .filter(sample -> sample.getFilename().matches(Pattern.quote(kind) + "-\\d{6}-" + year + "(-demo)?\\.csv"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
