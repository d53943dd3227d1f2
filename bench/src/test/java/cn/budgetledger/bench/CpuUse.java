package cn.budgetledger.bench;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * CPU time spent in a measured window, by whom: this JVM (the ledger, or the JDBC clients of the rows without it),
 * the bench's PostgreSQL (its postmaster, its live processes, and those it has reaped: a backend that exits within
 * the window keeps its CPU in the sum, and other builds' PostgreSQL on a shared machine stay out), and the load
 * generators this JVM ran and waited for. A process's reaped children are counted to it once they have exited, which
 * only Linux's {@code /proc} tells; zero elsewhere.
 */
record CpuUse(Duration jvm, Duration postgres, Duration loadGenerator) {

    /** Linux's clock tick, the unit of {@code /proc}'s times. */
    private static final Duration TICK = Duration.ofMillis(10);

    /** Microseconds of CPU per payment. */
    record PerPayment(double jvm, double postgres, double loadGenerator) {

        static final PerPayment UNKNOWN = new PerPayment(0, 0, 0);

        double all() {
            return jvm + postgres + loadGenerator;
        }

        PerPayment dividedBy(int parts) {
            return new PerPayment(jvm / parts, postgres / parts, loadGenerator / parts);
        }
    }

    static CpuUse now(ProcessHandle postmaster) {
        Duration postgres = cpu(postmaster).plus(reapedChildren(String.valueOf(postmaster.pid())))
                .plus(postmaster.children().map(CpuUse::cpu).reduce(Duration.ZERO, Duration::plus));
        return new CpuUse(cpu(ProcessHandle.current()), postgres, reapedChildren("self"));
    }

    /** The postmaster of the database behind the data source: the parent of the backend that answers it. */
    static ProcessHandle postmaster(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
            backend.next();
            return ProcessHandle.of(backend.getLong(1)).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not on this machine"));
        }
    }

    CpuUse since(CpuUse before) {
        return new CpuUse(jvm.minus(before.jvm), postgres.minus(before.postgres),
                loadGenerator.minus(before.loadGenerator));
    }

    PerPayment perPayment(long payments) {
        return payments == 0 ? PerPayment.UNKNOWN
                : new PerPayment(micros(jvm, payments), micros(postgres, payments), micros(loadGenerator, payments));
    }

    private static double micros(Duration cpu, long payments) {
        return cpu.toNanos() / 1000.0 / payments;
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** cutime + cstime of a process ("self": this JVM): fields 16–17 of its stat (after the command name, which may hold spaces). */
    private static Duration reapedChildren(String pid) {
        try {
            String line = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return TICK.multipliedBy(Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
        } catch (IOException | RuntimeException elsewhere) {
            return Duration.ZERO;
        }
    }
}
