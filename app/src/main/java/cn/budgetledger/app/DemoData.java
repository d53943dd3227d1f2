package cn.budgetledger.app;

import cn.budgetledger.api.UnitYear;
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
        openWithTheirDepartments();
        // The budget-lines import opens only the years the read model does not know yet.
        readModels.awaitReadModels();
        for (String kind : KINDS_IN_ORDER) {
            for (Resource sample : samples(kind)) {
                ImportResult result = importer.importFile(importer.kind(kind), sample,
                        progressBoard.start(null, null, kind, sample.getFilename()));
                log.info("Demo data {}: {}", sample.getFilename(), result);
                // Each file's check reads the lines the previous files recorded.
                readModels.awaitReadModels();
            }
        }
        commands.sendAndWait(new SetReviewRequirementCommand(REVIEWED, true));
    }

    /** samples/units.csv: 单位代码,单位名称,年度,主管部门 after a header row. */
    private void openWithTheirDepartments() {
        Resource units = new PathMatchingResourcePatternResolver().getResource("classpath:samples/units.csv");
        try {
            new String(units.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .forEach(unit -> commands.sendAndWait(new OpenBudgetYearCommand(
                            new UnitYear(unit[0], Integer.parseInt(unit[2])), unit[1], unit[3])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Resource> samples(String kind) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:samples/" + kind + "-*.csv"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
