package cn.budgetledger.bench;

import cn.budgetledger.app.BudgetLedgerApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The application on a PostgreSQL of its own that outlives it (so a restart has a cold aggregate cache but the
 * same store), and the same server for the raw-JDBC limit.
 */
final class BenchLedger implements AutoCloseable {

    static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("accountant:accountant".getBytes(StandardCharsets.UTF_8));
    private static final Path RESULTS = Path.of("target", "bench-results.md");

    final EmbeddedPostgres postgres;
    /** The bench's PostgreSQL, whose processes {@link CpuUse} counts. */
    final ProcessHandle postmaster;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ConfigurableApplicationContext context;
    private List<String> properties;

    private BenchLedger(EmbeddedPostgres postgres) throws SQLException {
        this.postgres = postgres;
        this.postmaster = CpuUse.postmaster(postgres.getPostgresDatabase());
    }

    static BenchLedger start(String... properties) {
        try {
            BenchLedger ledger = new BenchLedger(EmbeddedPostgres.builder()
                    .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // zonky turns durability off for tests; a ledger benchmark measures it on, as in production
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // what PostgreSQL spends its time on, by statement (WritePathBenchmark prints it with -Dstatements)
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start());
            ledger.startApplication(properties);
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void startApplication(String... extra) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        properties = new ArrayList<>(List.of("server.port=0", "ledger.demo.enabled=true",
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres"));
        properties.addAll(List.of(extra));
        context = new SpringApplicationBuilder(BudgetLedgerApplication.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /** Stops the application (its aggregate cache goes with it) and starts it again on the same database. */
    void restart(String... extra) {
        context.close();
        startApplication(extra);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    String url(String path) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", AUTHORIZATION).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<StreamingEventProcessor> processors() {
        return bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    /** Waits until every streaming processor has claimed all its segments and handled the newest event. */
    void awaitProcessorsCaughtUp(Duration timeout) {
        long head = jdbc().queryForObject("select coalesce(max(globalindex), 0) from domainevententry", Long.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (processors().stream().allMatch(processor -> caughtUp(processor, head))) {
                return;
            }
            sleep(20);
        }
        throw new IllegalStateException("processors did not catch up with " + head + " in " + timeout);
    }

    private boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        Integer segments = jdbc().queryForObject("select count(*) from tokenentry where processorname = ?",
                Integer.class, processor.getName());
        // Not isReplaying(): Axon ends a replay only once an event beyond the reset position arrives.
        return status.size() == segments && status.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** Prints a result and keeps it in target/bench-results.md. */
    static void report(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        context.close();
        postgres.close();
    }
}
