package cn.budgetledger.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A load generator in a JVM of its own (started by {@link WritePathBenchmark}), so the clients' CPU and sockets are
 * not the server's: each client its own HTTP/1.1 connection, one payment per request, each with a voucher of its
 * own, as the accountant over HTTP Basic, for a warm-up and then the measured time. Uses the JDK only.
 * <p>
 * Arguments: base URL, clients, warm-up seconds, measured seconds, first unit, unit count, voucher prefix, extra
 * request header ("-" for none, else "Name: value"). Prints {@code RESULT <per second> <p50 ms> <p99 ms> <errors>}.
 */
public final class HttpLoadGenerator {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("accountant:accountant".getBytes(StandardCharsets.UTF_8));
    private static final String[][] LINES = {
            {"2080150", "30201", "P-OFFICE"},
            {"2080199", "30213", "P-SYSTEMS"}};

    private HttpLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration measured = Duration.ofSeconds(Long.parseLong(args[3]));
        int firstUnit = Integer.parseInt(args[4]);
        int units = Integer.parseInt(args[5]);
        String prefix = args[6];
        String[] header = "-".equals(args[7]) ? null : args[7].split(":\\s*", 2);

        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[1 << 16];
            threads[c] = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                for (long i = 0; ; i++) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        return;
                    }
                    String unit = String.valueOf(firstUnit + (int) ((client * 37 + i) % units));
                    String[] line = LINES[(int) (i % 2)];
                    String body = """
                            {"voucher":"%s-%d-%d","date":"%s","functionalCode":"%s","economicCode":"%s",\
                            "projectCode":"%s","fundSource":"一般公共预算拨款","amount":"1.00","payee":"某公司","summary":"基准测试"}"""
                            .formatted(prefix, client, i, LocalDate.of(2025, 1, 1).plusDays(i % 365), line[0], line[1],
                                    line[2]);
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                                    URI.create(base + "/api/units/" + unit + "/years/2025/payments"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", AUTHORIZATION).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                    if (header != null) {
                        request.header(header[0], header[1]);
                    }
                    int status;
                    String answer;
                    try {
                        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        answer = response.body();
                    } catch (Exception e) {
                        status = -1;
                        answer = e.toString();
                    }
                    long after = System.nanoTime();
                    if (before < measureFrom || after > end) {
                        continue;
                    }
                    if (status != 201) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, status + " " + answer);
                        continue;
                    }
                    done.incrementAndGet();
                    if (counts[client] == latencies[client].length) {
                        latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = after - before;
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        if (firstError.get() != null) {
            System.out.println("FIRST ERROR " + firstError.get());
        }
        System.out.printf("RESULT %.1f %.2f %.2f %d%n", done.get() / (measured.toNanos() / 1e9),
                percentile(all, 0.50), percentile(all, 0.99), errors.get());
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(sortedNanos.length * p) - 1)] / 1e6;
    }
}
