package cn.budgetledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent in a measured window, by whom, read from Linux's {@code /proc} (zero elsewhere): this JVM (the
 * ledger, or the JDBC clients of the rows without it), PostgreSQL's processes, and the load generators this JVM ran
 * and waited for (wrk's time is counted to its parent once it has exited). In clock ticks of 10 ms.
 */
record CpuUse(long jvm, long postgres, long loadGenerator) {

    static final Path PROC = Path.of("/proc");

    static CpuUse now() {
        long[] self = times(PROC.resolve("self/stat"));
        long postgres = 0;
        if (Files.isDirectory(PROC)) {
            try (Stream<Path> processes = Files.list(PROC)) {
                postgres = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(p -> "postgres".equals(command(p)))
                        .mapToLong(p -> {
                            long[] times = times(p.resolve("stat"));
                            return times[0] + times[1];
                        })
                        .sum();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new CpuUse(self[0] + self[1], postgres, self[2] + self[3]);
    }

    CpuUse since(CpuUse before) {
        return new CpuUse(jvm - before.jvm, postgres - before.postgres, loadGenerator - before.loadGenerator);
    }

    /** Microseconds of CPU per payment: JVM, PostgreSQL, load generator, all. */
    long[] perPayment(long payments) {
        long total = jvm + postgres + loadGenerator;
        return new long[] {micros(jvm, payments), micros(postgres, payments), micros(loadGenerator, payments),
                micros(total, payments)};
    }

    private static long micros(long ticks, long payments) {
        return payments == 0 ? 0 : Math.round(ticks * 10_000.0 / payments);
    }

    private static String command(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim();
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    /** utime, stime, cutime, cstime of a process (fields 14–17 of its stat; the command name may hold spaces). */
    private static long[] times(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException gone) {
            return new long[4];
        }
    }
}
