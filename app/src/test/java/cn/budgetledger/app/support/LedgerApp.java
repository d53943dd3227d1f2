package cn.budgetledger.app.support;

import cn.budgetledger.app.BudgetLedgerApplication;
import cn.budgetledger.app.ReadYourWrites;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application, started on a random port with its own embedded PostgreSQL whose data lives in
 * a folder of the test's; stop it and start it again on the same folder to test a restart. A test class that
 * needs one for all its tests registers it: {@code @RegisterExtension static final LedgerApp app =
 * LedgerApp.forTheTestClass();} starts it before the class's {@code @BeforeAll} methods and stops it after all.
 * A class that needs no configuration of its own registers {@link #shared()} instead: one application for every
 * such class of the test run, so each works in units of its own.
 */
public final class LedgerApp implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** The credential /actuator/prometheus answers (ledger.metrics.scrape.*), as Prometheus sends it. */
    public static final String SCRAPE_USER = "prometheus";
    public static final String SCRAPE_PASSWORD = "scrape-secret-1";

    /** Started by the first class that registers it, stopped when the whole test run ends. */
    private static final LedgerApp SHARED = new LedgerApp(null, true, List.of());

    private Path dataDirectory;
    private final boolean temporary;
    private final List<String> extraProperties;
    private ConfigurableApplicationContext context;

    private LedgerApp(Path dataDirectory, boolean temporary, List<String> extraProperties) {
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.extraProperties = extraProperties;
    }

    /** Starts on a fresh database, removed again on close. */
    public static LedgerApp start(String... properties) {
        LedgerApp app = forTheTestClass(properties);
        app.startOnAFreshDatabase();
        return app;
    }

    /** Not started yet: registered as a test class's extension, it runs for that class's tests. */
    public static LedgerApp forTheTestClass(String... properties) {
        return new LedgerApp(null, true, List.of(properties));
    }

    /** The application shared by the test classes that need no properties, restarts or empty tables of their own. */
    public static LedgerApp shared() {
        return SHARED;
    }

    @Override
    public void beforeAll(ExtensionContext testClass) {
        if (this != SHARED) {
            startOnAFreshDatabase();
        } else if (context == null) {
            startOnAFreshDatabase();
            testClass.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(LedgerApp.class, (ExtensionContext.Store.CloseableResource) this::close);
        }
    }

    @Override
    public void afterAll(ExtensionContext testClass) {
        if (this != SHARED) {
            close();
        }
    }

    private void startOnAFreshDatabase() {
        try {
            dataDirectory = Files.createTempDirectory("ledger-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startContext();
    }

    /** Starts on the database kept in this folder (created when empty). */
    public static LedgerApp startOn(Path dataDirectory, String... properties) {
        LedgerApp app = new LedgerApp(dataDirectory, false, List.of(properties));
        app.startContext();
        return app;
    }

    private void startContext() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "ledger.embedded.data-dir=" + dataDirectory.toAbsolutePath(),
                "ledger.demo.enabled=true",
                // Tests bring their own data; the sample units must not be there unasked.
                "ledger.demo.data=false",
                // Throw-away databases need no fsync; the product's default is durable.
                "ledger.embedded.durable=false",
                "ledger.snapshot.threshold=5",
                "ledger.metrics.scrape.password=" + SCRAPE_PASSWORD));
        properties.addAll(extraProperties);
        // As command-line arguments, so they outrank application.yml and the environment.
        context = new SpringApplicationBuilder(BudgetLedgerApplication.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** An HTTP client signed in as the given demo user (accountant or manager). */
    public Api as(String user) {
        return new Api("http://localhost:" + port(), user, user);
    }

    /** Waits until every read model has handled every event in the store (they are eventually consistent). */
    public void awaitReadModels() {
        assertThat(bean(ReadYourWrites.class).awaitReadModels(Duration.ofSeconds(60)))
                .as("the read models caught up within a minute").isTrue();
    }

    public Api accountant() {
        return as("accountant");
    }

    /** The unit's 2025 books, kept by the demo accountant. */
    public LedgerDriver books(String unit) {
        return new LedgerDriver(accountant(), unit);
    }

    /** The Prometheus scraper: may read /actuator/prometheus and nothing else. */
    public Api scraper() {
        return new Api(baseUrl(), SCRAPE_USER, SCRAPE_PASSWORD);
    }

    /** Stops the application and its PostgreSQL, then starts both again on the same data. */
    public LedgerApp restart() {
        context.close();
        startContext();
        return this;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        if (temporary && dataDirectory != null) {
            FileSystemUtils.deleteRecursively(dataDirectory.toFile());
        }
    }
}
