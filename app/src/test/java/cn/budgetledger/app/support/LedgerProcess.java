package cn.budgetledger.app.support;

import cn.budgetledger.app.BudgetLedgerApplication;
import cn.budgetledger.query.support.SharedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as its own operating-system process (a separate JVM on the test's class path), on the
 * given PostgreSQL, configured the way an operator would: by SPRING_DATASOURCE_* variables.
 */
public final class LedgerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final int port;
    private final Path log;

    private LedgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on the given PostgreSQL and waits until it reports itself healthy. */
    public static LedgerProcess start(SharedPostgres database, String... properties) {
        return launch(Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres"), properties);
    }

    /**
     * Starts the product as README runs it, on its own embedded PostgreSQL keeping its data in this folder, and
     * waits until it reports itself healthy.
     */
    public static LedgerProcess startEmbedded(Path dataDirectory, String... properties) {
        return launch(Map.of("LEDGER_DATA_DIR", dataDirectory.toAbsolutePath().toString()), properties);
    }

    private static LedgerProcess launch(Map<String, String> environment, String... properties) {
        int port = freePort();
        try {
            Path log = Files.createTempFile("ledger-process-" + port + "-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                    "-cp", System.getProperty("java.class.path"),
                    BudgetLedgerApplication.class.getName(),
                    "--server.port=" + port,
                    "--ledger.demo.enabled=true"));
            for (String property : properties) {
                command.add("--" + property);
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            LedgerProcess started = new LedgerProcess(builder.start(), port, log);
            started.awaitHealthy();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Api accountant() {
        return new Api("http://localhost:" + port, "accountant", "accountant");
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited while starting:\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        kill();
        throw new IllegalStateException("the application did not become healthy in " + STARTUP + ":\n" + logTail());
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
