package cn.budgetledger.app;

import cn.budgetledger.command.imports.ImportProgressBoard;
import cn.budgetledger.command.imports.ImportResult;
import cn.budgetledger.command.imports.Importer;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * On the first start of a demo, the shipped samples go in through the same imports a finance user
 * uses: the three seed budgets, the Dazhou targets and a deterministic year of adjustments, payments,
 * reversals and refusals, so every figure and panel shows something.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.data", havingValue = "true")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Lines before what names them: budgets, then targets, adjustments, payments, actuals. */
    private static final List<String> KINDS_IN_ORDER = List.of("budget-lines", "targets", "adjustments", "payments", "actuals");

    private final Importer importer;
    private final ImportProgressBoard progressBoard;
    private final ReadYourWrites readModels;
    private final JdbcTemplate jdbc;

    public DemoData(Importer importer, ImportProgressBoard progressBoard, ReadYourWrites readModels, JdbcTemplate jdbc) {
        this.importer = importer;
        this.progressBoard = progressBoard;
        this.readModels = readModels;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnFirstStart() {
        Long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        if (events != null && events > 0) {
            return;
        }
        log.info("Empty ledger in demo mode: importing the sample budgets and a sample year");
        for (String kind : KINDS_IN_ORDER) {
            for (Resource sample : samples(kind)) {
                ImportResult result = importer.importFile(importer.kind(kind), sample,
                        progressBoard.start(null, null, kind, sample.getFilename()));
                log.info("Demo data {}: {}", sample.getFilename(), result);
                // Each file's check reads the lines the previous files recorded.
                readModels.awaitReadModels();
            }
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
