package cn.budgetledger.bench;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's table: one payment per transaction or request, 16 clients, on one durable PostgreSQL, in one run —
 * the physical limit (a single-row INSERT per transaction), a conventional budget-control system's payment (the
 * CRUD peer: a guarded UPDATE of the line and an INSERT of the payment in one transaction, 100 lines), and the
 * ledger over real HTTP from a load generator in a process of its own (wrk, or the JDK's client in a JVM of its
 * own; 100 unit-years, a voucher per request), with
 * the command gateway in-process and journals of 100 beside it. Rates, ratios and p50/p99 latencies, and each row's
 * CPU per payment. The CRUD peer and the HTTP path take turns ({@link #ROUNDS}): the machine's speed drifts between
 * rows by more than the gap between them. With wrk, two rows say what any request costs before ledger work: Tomcat
 * alone ({@link BareTomcat}) and the ledger's cheapest authenticated answer.
 */
class WritePathBenchmark {

    static final Duration RUN = Duration.ofSeconds(Long.getLong("seconds", 10));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("warmup", 5));
    /** The HTTP path's code keeps being compiled for minutes of load on two cores: a server runs for days. */
    static final Duration HTTP_WARM_UP = Duration.ofSeconds(Long.getLong("httpWarmup", 60));
    /** After the first minute the warm-up goes on, a piece at a time, until the compilers rest ... */
    static final Duration HTTP_WARM_UP_PIECE = Duration.ofSeconds(15);
    /** ... using under this share of one core in a piece (a jstat of one run: 23 %, then 10 %, then 4 %) ... */
    static final double COMPILERS_AT_REST = 0.05;
    /** ... or for at most this long in all. */
    static final Duration HTTP_WARM_UP_MAX = Duration.ofSeconds(Long.getLong("httpWarmupMax", 300));
    static final int CLIENTS = Integer.getInteger("clients", 16);
    /** Turns of the CRUD peer and the HTTP path (odd: the median round is shown). */
    static final int ROUNDS = Integer.getInteger("rounds", 5);
    static final int UNITS = 100;
    static final int FIRST_UNIT = 810000;
    static final int JOURNAL = 100;
    static final byte[] ROW = new byte[600];
    static final Path WRK = Path.of(System.getProperty("wrk", "/usr/bin/wrk"));
    static final String BARE_TOMCAT = "HTTP floor: Tomcat alone, a bare servlet reading the payment and answering as the"
            + " ledger does (no Spring, no ledger)";
    static final String CHEAPEST_ANSWER = "the ledger's cheapest answer: `GET /actuator/health/ping` with Basic"
            + " credentials (Tomcat, Spring Security, Spring MVC; no database)";

    /** Rate per second, p50 and p99 in milliseconds, and the microseconds of CPU per payment ({@link CpuUse}). */
    record Figures(double rate, double p50, double p99, CpuUse.PerPayment cpu) {
    }

    @Test
    void the_http_payment_path_against_a_crud_peer() throws Exception {
        try (BenchLedger ledger = BenchLedger.start()) {
            CommandGateway gateway = ledger.bean(CommandGateway.class);
            List<UnitYear> years = Load.openYears(gateway, UNITS, FIRST_UNIT);
            DataSource direct = ledger.postgres.getPostgresDatabase();
            prepareTables(direct);
            ledger.awaitProcessorsCaughtUp(Duration.ofMinutes(2));

            Figures raw = rawInserts(ledger);
            // the HTTP path's first requests check sixteen passwords with BCrypt and meet cold code: the first
            // row measured would pay for it (its 5 s warm-up answered nothing at load 15), so both rows come after
            String warmUp = warmUpUntilTheCompilersRest(ledger);
            statementsReset(direct);
            // the machine's speed drifts by more than the gap measured, so the CRUD peer and the HTTP path take
            // turns, each on a quiet ledger (read models caught up), and the round with the median ratio is shown
            List<Figures[]> rounds = new ArrayList<>();
            long[] httpWal = new long[3];
            for (int round = 1; round <= ROUNDS; round++) {
                ledger.awaitProcessorsCaughtUp(Duration.ofMinutes(2));
                Figures crudOfRound = crudPeer(ledger, "C" + round);
                long[] walBefore = wal(direct);
                rounds.add(new Figures[] {crudOfRound, overHttp(ledger, "H" + round, "-")});
                long[] walAfter = wal(direct);
                Arrays.setAll(httpWal, i -> httpWal[i] + walAfter[i] - walBefore[i]);
            }
            List<String> statements = statementsOfTheRow(direct, httpWal);
            List<Figures[]> byRatio = rounds.stream()
                    .sorted(Comparator.comparingDouble(pair -> pair[1].rate() / pair[0].rate())).toList();
            Figures crud = byRatio.get(ROUNDS / 2)[0];
            Figures http = byRatio.get(ROUNDS / 2)[1];
            List<Figures> floor = Files.isExecutable(WRK) ? httpFloor(ledger) : List.of();
            Figures httpWaiting = overHttp(ledger, "W", "Prefer: read-your-writes");
            timed(ledger.postmaster, 4, WARM_UP, (c, i) -> pay(gateway, years, "WG", c, i));
            Figures viaGateway = timed(ledger.postmaster, CLIENTS, RUN, (c, i) -> pay(gateway, years, "G", c, i));
            Figures journals = timed(ledger.postmaster, CLIENTS, RUN, (c, i) -> payJournal(gateway, years, "J", c, i));
            journals = new Figures(journals.rate() * JOURNAL, journals.p50(), journals.p99(),
                    journals.cpu().dividedBy(JOURNAL));

            BenchLedger.report(("\n### Write path, %d clients, %d unit-years / lines, %d s per row after %d s warm-up (HTTP: %s)"
                    + " (git %s)\n").formatted(CLIENTS, UNITS, RUN.toSeconds(), WARM_UP.toSeconds(),
                    warmUp, System.getProperty("git", "?")));
            BenchLedger.report("| path | payments/s | of raw | of CRUD peer | p50 ms | p99 ms |");
            BenchLedger.report("|---|---|---|---|---|---|");
            row("raw single-row INSERT per transaction (JDBC)", raw, raw, crud);
            row("CRUD peer: guarded UPDATE of the line + INSERT of the payment, one transaction (JDBC)", crud, raw, crud);
            row("**ledger over HTTP**, `POST …/payments`, " + (Files.isExecutable(WRK) ? "wrk" : "a JVM load generator"), http, raw, crud);
            row("ledger over HTTP with `Prefer: read-your-writes` (waits for the read models)", httpWaiting, raw, crud);
            row("ledger, command gateway in-process", viaGateway, raw, crud);
            row("ledger, gateway, journals of 100 (latency per journal)", journals, raw, crud);
            if (!floor.isEmpty()) {
                row(BARE_TOMCAT + " (requests/s)", floor.get(0), raw, crud);
                row(CHEAPEST_ANSWER + " (requests/s)", floor.get(1), raw, crud);
            }
            BenchLedger.report("\nRounds, CRUD peer then HTTP: " + rounds.stream()
                    .map(pair -> "%,.0f / %,.0f (%.0f %%, p99 %.1f ms)".formatted(pair[0].rate(), pair[1].rate(),
                            100 * pair[1].rate() / pair[0].rate(), pair[1].p99()))
                    .collect(Collectors.joining("; ")) + " — the table shows the median round.");
            BenchLedger.report("\nCPU per payment in each row's measured window, µs (this machine's two cores; the JVM is the"
                    + " ledger, or the JDBC clients in the rows without it; the load generator is wrk):\n");
            BenchLedger.report("| path | JVM | PostgreSQL | load generator | all |");
            BenchLedger.report("|---|---|---|---|---|");
            cpuRow("raw single-row INSERT", raw);
            cpuRow("CRUD peer", crud);
            cpuRow("ledger over HTTP", http);
            cpuRow("ledger, command gateway in-process", viaGateway);
            cpuRow("ledger, gateway, journals of 100", journals);
            if (!floor.isEmpty()) {
                cpuRow(BARE_TOMCAT + ", per request", floor.get(0));
                cpuRow(CHEAPEST_ANSWER + ", per request", floor.get(1));
            }
            statements.forEach(BenchLedger::report);
        }
    }

    private static void cpuRow(String path, Figures figures) {
        CpuUse.PerPayment cpu = figures.cpu();
        BenchLedger.report("| %s | %,.0f | %,.0f | %,.0f | %,.0f |".formatted(path, cpu.jvm(), cpu.postgres(),
                cpu.loadGenerator(), cpu.all()));
    }

    /** WAL written so far: records, full-page images, bytes. */
    private static long[] wal(DataSource direct) throws Exception {
        try (Connection connection = direct.getConnection();
             var wal = connection.createStatement().executeQuery(
                     "select wal_records, wal_fpi, wal_bytes from pg_stat_wal")) {
            wal.next();
            return new long[] {wal.getLong(1), wal.getLong(2), wal.getLong(3)};
        }
    }

    private static void statementsReset(DataSource direct) throws Exception {
        try (Connection connection = direct.getConnection()) {
            connection.createStatement().execute("create extension if not exists pg_stat_statements");
            connection.createStatement().execute("select pg_stat_statements_reset()");
        }
    }

    /** With {@code -Dstatements}: PostgreSQL's busiest statements and the WAL during the HTTP rounds, per payment. */
    private static List<String> statementsOfTheRow(DataSource direct, long[] wal) throws Exception {
        List<String> lines = new ArrayList<>();
        if (!Boolean.getBoolean("statements")) {
            return lines;
        }
        double payments;
        try (Connection connection = direct.getConnection();
             var counted = connection.createStatement().executeQuery(
                     "select count(*) from voucher_register where voucher like 'H%'")) {
            counted.next();
            payments = counted.getLong(1);
        }
        lines.add("\nPostgreSQL during the HTTP rounds and their warm-up (" + Math.round(payments)
                + " payments; the CRUD peer's statements left out), busiest statements by time (elapsed, not CPU):\n");
        lines.add("| calls per payment | ms per payment | statement |");
        lines.add("|---|---|---|");
        try (Connection connection = direct.getConnection();
             var rows = connection.createStatement().executeQuery("""
                     select calls, total_exec_time, regexp_replace(left(query, 110), '\\s+', ' ', 'g') as query
                     from pg_stat_statements where query not like '%bench\\_%'
                     order by total_exec_time desc limit 15""")) {
            while (rows.next()) {
                lines.add("| %.2f | %.3f | `%s` |".formatted(rows.getLong(1) / payments, rows.getDouble(2) / payments,
                        rows.getString(3).replace("|", "\\|")));
            }
        }
        lines.add("\nWAL per payment over HTTP: %.1f records, %.2f full-page images, %,.0f bytes".formatted(
                wal[0] / payments, wal[1] / payments, wal[2] / payments));
        return lines;
    }

    private static void row(String path, Figures figures, Figures raw, Figures crud) {
        BenchLedger.report("| %s | %,.0f | %.0f %% | %.0f %% | %.1f | %.1f |".formatted(path, figures.rate(),
                100 * figures.rate() / raw.rate(), 100 * figures.rate() / crud.rate(), figures.p50(), figures.p99()));
    }

    private static void prepareTables(DataSource direct) throws Exception {
        try (Connection connection = direct.getConnection()) {
            var statement = connection.createStatement();
            statement.execute("create table bench_raw (id bigserial primary key, payload bytea not null)");
            statement.execute("create table bench_line (id int primary key, budget bigint not null, executed bigint not null)");
            statement.execute("""
                    create table bench_payment (id bigserial primary key, line_id int not null references bench_line,
                      voucher text not null unique, business_date date not null, amount bigint not null,
                      payee text not null, summary text not null)""");
            statement.execute("insert into bench_line select g, 1000000000000, 0 from generate_series(0, " + (UNITS - 1) + ") g");
        }
    }

    /** The physical limit: each client its own connection, one durable single-row INSERT per transaction. */
    private static Figures rawInserts(BenchLedger ledger) throws Exception {
        return withConnections(ledger, connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into bench_raw (payload) values (?)");
            return (c, i) -> {
                insert.setBytes(1, ROW);
                insert.executeUpdate();
            };
        });
    }

    /** A conventional system's payment: the balance checked and moved in place, the payment row inserted, one commit. */
    private static Figures crudPeer(BenchLedger ledger, String tag) throws Exception {
        return withConnections(ledger, connection -> {
            connection.setAutoCommit(false);
            PreparedStatement update = connection.prepareStatement(
                    "update bench_line set executed = executed + ? where id = ? and budget - executed >= ?");
            PreparedStatement insert = connection.prepareStatement("""
                    insert into bench_payment (line_id, voucher, business_date, amount, payee, summary)
                    values (?, ?, ?, ?, ?, ?)""");
            return (c, i) -> {
                int line = (int) ((c * 37 + i) % UNITS);
                update.setLong(1, 100);
                update.setInt(2, line);
                update.setLong(3, 100);
                if (update.executeUpdate() == 1) {
                    insert.setInt(1, line);
                    insert.setString(2, tag + "-" + c + "-" + i);
                    insert.setObject(3, Load.dayOf(i));
                    insert.setLong(4, 100);
                    insert.setString(5, "某公司");
                    insert.setString(6, "基准测试");
                    insert.executeUpdate();
                }
                connection.commit();
            };
        });
    }

    interface Prepared {
        Load.Operation prepare(Connection connection) throws Exception;
    }

    /** Each client on a JDBC connection of its own to the ledger's PostgreSQL, bypassing the ledger. */
    private static Figures withConnections(BenchLedger ledger, Prepared prepared) throws Exception {
        Connection[] connections = new Connection[CLIENTS];
        Load.Operation[] operations = new Load.Operation[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            connections[c] = ledger.postgres.getPostgresDatabase().getConnection();
            operations[c] = prepared.prepare(connections[c]);
        }
        try {
            timed(ledger.postmaster, CLIENTS, WARM_UP, (c, i) -> operations[c].run(c, i));
            return timed(ledger.postmaster, CLIENTS, RUN, (c, i) -> operations[c].run(c, i + 1_000_000_000L));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /**
     * Loads the HTTP path until the JIT compilers rest: measured a minute after start, its rounds paid for compiling
     * (a tenth of the machine in the first). Says how long it took and the compilers' share of a core piece by piece.
     */
    private static String warmUpUntilTheCompilersRest(BenchLedger ledger) throws Exception {
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        overHttp(ledger, "WH", "-", HTTP_WARM_UP);
        Duration warmed = HTTP_WARM_UP;
        List<String> shares = new ArrayList<>();
        for (int piece = 1; warmed.compareTo(HTTP_WARM_UP_MAX) < 0; piece++) {
            long compiling = compilers.getTotalCompilationTime();
            long started = System.nanoTime();
            overHttp(ledger, "WH" + piece, "-", HTTP_WARM_UP_PIECE);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            double share = (double) (compilers.getTotalCompilationTime() - compiling) / took.toMillis();
            shares.add(Math.round(share * 100) + " %");
            warmed = warmed.plus(took);
            if (share < COMPILERS_AT_REST) {
                break;
            }
        }
        return shares.isEmpty() ? warmed.toSeconds() + " s" : "%d s, the JIT compilers using %s of a core piece by piece"
                .formatted(warmed.toSeconds(), String.join(", ", shares));
    }

    /**
     * The ledger over HTTP from a process of its own: Debian's wrk (C, epoll) when installed, which keeps the
     * client's cost out of the figures; else the JDK's client in a JVM of its own ({@link HttpLoadGenerator}).
     */
    private static Figures overHttp(BenchLedger ledger, String prefix, String header) throws Exception {
        return overHttp(ledger, prefix, header, RUN);
    }

    private static Figures overHttp(BenchLedger ledger, String prefix, String header, Duration run) throws Exception {
        if (Files.isExecutable(WRK)) {
            wrk(ledger.postmaster, WARM_UP, payments(ledger.url(""), prefix + "-warm", header));
            return wrk(ledger.postmaster, run, payments(ledger.url(""), prefix, header));
        }
        List<String> output = run(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classes().toString(), HttpLoadGenerator.class.getName(),
                ledger.url(""), String.valueOf(CLIENTS), String.valueOf(WARM_UP.toSeconds()),
                String.valueOf(run.toSeconds()), String.valueOf(FIRST_UNIT), String.valueOf(UNITS), prefix, header));
        String[] fields = output.stream().filter(line -> line.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no result from the load generator")).split(" ");
        assertThat(Long.parseLong(fields[4])).as("requests not answered 201").isZero();
        return new Figures(Double.parseDouble(fields[1]), Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
                CpuUse.PerPayment.UNKNOWN);
    }

    /** Where the bench's classes and wrk's script are. */
    private static Path classes() throws Exception {
        return Path.of(HttpLoadGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * What any request costs before ledger work, with wrk and 16 clients as for the payments: Tomcat alone (a bare
     * servlet reading each payment and answering as the ledger does), then the ledger's cheapest authenticated answer
     * (Tomcat, Spring Security, Spring MVC, no database). Each after a warm-up of its own.
     */
    private static List<Figures> httpFloor(BenchLedger ledger) throws Exception {
        Figures bare;
        try (BareTomcat tomcat = new BareTomcat()) {
            List<String> payments = payments(tomcat.url(), "F", "-");
            wrk(ledger.postmaster, HTTP_WARM_UP_PIECE, payments);
            bare = wrk(ledger.postmaster, RUN, payments);
        }
        List<String> ping = List.of("-H", "Authorization: " + BenchLedger.AUTHORIZATION, ledger.url("/actuator/health/ping"));
        wrk(ledger.postmaster, HTTP_WARM_UP_PIECE, ping);
        return List.of(bare, wrk(ledger.postmaster, RUN, ping));
    }

    /** wrk's arguments for payments (pay.lua) to the given server. */
    private static List<String> payments(String url, String prefix, String header) throws Exception {
        return List.of("-s", classes().resolve("pay.lua").toString(), url, "--", prefix, String.valueOf(FIRST_UNIT),
                String.valueOf(UNITS), header);
    }

    /** wrk's rate and latencies, and the CPU per request, for its target (a script and URL, or headers and URL). */
    private static Figures wrk(ProcessHandle postmaster, Duration duration, List<String> target) throws Exception {
        List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t2", "-c" + CLIENTS,
                "-d" + duration.toSeconds() + "s", "--latency"));
        command.addAll(target);
        CpuUse before = CpuUse.now(postmaster);
        List<String> output = run(new ProcessBuilder(command));
        assertThat(output).as("wrk: requests not answered 2xx").noneMatch(line -> line.contains("Non-2xx"));
        double rate = output.stream().filter(line -> line.startsWith("Requests/sec:"))
                .mapToDouble(line -> Double.parseDouble(line.substring("Requests/sec:".length()).trim()))
                .findFirst().orElseThrow();
        long requests = output.stream().map(String::trim).filter(line -> line.matches("\\d+ requests in .*"))
                .mapToLong(line -> Long.parseLong(line.substring(0, line.indexOf(' ')))).findFirst().orElseThrow();
        return new Figures(rate, wrkPercentile(output, "50%"), wrkPercentile(output, "99%"),
                CpuUse.now(postmaster).since(before).perPayment(requests));
    }

    /** A line of wrk's latency distribution ("     99%   12.34ms") in milliseconds. */
    private static double wrkPercentile(List<String> output, String percentile) {
        String value = output.stream().map(String::trim).filter(line -> line.startsWith(percentile + " "))
                .findFirst().orElseThrow().substring(percentile.length()).trim();
        double number = Double.parseDouble(value.replaceAll("[a-z]+$", ""));
        return value.endsWith("us") ? number / 1000 : value.endsWith("ms") ? number : number * 1000;
    }

    private static List<String> run(ProcessBuilder command) throws Exception {
        Process process = command.redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[load generator] " + line);
                lines.add(line);
            }
        }
        assertThat(process.waitFor()).as("the load generator's exit").isZero();
        return lines;
    }

    private static void pay(CommandGateway gateway, List<UnitYear> years, String tag, int client, long i) {
        PaymentOutcome outcome = gateway.sendAndWait(new RecordPaymentCommand(years.get((int) ((client * 37 + i) % UNITS)),
                tag + "-" + client + "-" + i, Load.dayOf(i), i % 2 == 0 ? Load.OFFICE : Load.SYSTEMS, Money.ofFen(100), "某公司", "基准测试"));
        assertThat(outcome.status()).isEqualTo(PaymentOutcome.Status.RECORDED);
    }

    private static void payJournal(CommandGateway gateway, List<UnitYear> years, String tag, int client, long i) {
        List<RecordPaymentCommand> payments = new ArrayList<>(JOURNAL);
        UnitYear year = years.get((int) ((client * 37 + i) % UNITS));
        for (int row = 0; row < JOURNAL; row++) {
            payments.add(new RecordPaymentCommand(year, tag + "-" + client + "-" + i + "-" + row, Load.dayOf(i),
                    row % 2 == 0 ? Load.OFFICE : Load.SYSTEMS, Money.ofFen(100), "某公司", "基准测试"));
        }
        List<PaymentOutcome> outcomes = gateway.sendAndWait(new RecordPaymentsCommand(year, payments));
        assertThat(outcomes).extracting(PaymentOutcome::status).containsOnly(PaymentOutcome.Status.RECORDED);
    }

    /** Runs the clients for the duration; the rate of completed operations and their latency percentiles. */
    static Figures timed(ProcessHandle postmaster, int clients, Duration duration, Load.Operation operation)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long[][] latencies = new long[clients][1 << 16];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                for (long i = 0; System.nanoTime() < end; i++) {
                    long before = System.nanoTime();
                    try {
                        operation.run(client, i);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (counts[client] == latencies[client].length) {
                        latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = System.nanoTime() - before;
                    done.incrementAndGet();
                }
            });
        }
        CpuUse before = CpuUse.now(postmaster);
        long start = System.nanoTime();
        Arrays.stream(threads).forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuUse used = CpuUse.now(postmaster).since(before);
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Figures(done.get() / seconds, HttpLoadGenerator.percentile(all, 0.50),
                HttpLoadGenerator.percentile(all, 0.99), used.perPayment(done.get()));
    }
}
