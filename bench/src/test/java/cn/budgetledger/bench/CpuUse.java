package cn.budgetledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time spent in a measured window, by whom: this JVM (the ledger, or the JDBC clients of the rows without it),
 * PostgreSQL's processes, and the load generators this JVM ran and waited for (wrk's time is counted to its parent
 * once it has exited, which only Linux's {@code /proc} tells; zero elsewhere).
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

    static CpuUse now() {
        Duration postgres = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().filter(command -> command.endsWith("/postgres")).isPresent())
                .map(CpuUse::cpu)
                .reduce(Duration.ZERO, Duration::plus);
        return new CpuUse(cpu(ProcessHandle.current()), postgres, waitedForChildren());
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

    /** cutime + cstime of this JVM: fields 16–17 of its stat (read after the command name, which may hold spaces). */
    private static Duration waitedForChildren() {
        try {
            String line = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return TICK.multipliedBy(Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
        } catch (IOException | RuntimeException elsewhere) {
            return Duration.ZERO;
        }
    }
}
