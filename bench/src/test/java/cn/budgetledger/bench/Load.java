package cn.budgetledger.bench;

import cn.budgetledger.api.FundSource;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.api.Project;
import cn.budgetledger.api.ProjectCategory;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.AllocateBudgetCommand;
import cn.budgetledger.api.commands.Allocation;
import cn.budgetledger.api.commands.OpenBudgetYearCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Budgets to pay from, and a way to drive clients against them for a while. */
final class Load {

    static final String FISCAL = FundSource.GENERAL_PUBLIC_BUDGET.label();
    /** Half the bound on a unit-year's total (BudgetsAreBounded) for each of two lines: no payment is ever refused. */
    static final Money HALF_OF_THE_BOUND = Money.ofFen(Money.MAX.fen() / 2);
    static final LineKey OFFICE = LineKey.of("2080150", "30201", "P-OFFICE", FISCAL);
    static final LineKey SYSTEMS = LineKey.of("2080199", "30213", "P-SYSTEMS", FISCAL);

    interface Operation {
        void run(int client, long iteration) throws Exception;
    }

    private Load() {
    }

    /** Opens the unit-years with two lines that together hold the largest amount a unit-year may. */
    static List<UnitYear> openYears(CommandGateway gateway, int count, int firstUnit) {
        List<UnitYear> years = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UnitYear year = new UnitYear(String.valueOf(firstUnit + i), 2025);
            gateway.sendAndWait(new OpenBudgetYearCommand(year, "基准测试单位" + year.unit(), "800"));
            gateway.sendAndWait(new AllocateBudgetCommand(year, "批复-1", year.firstDay(), List.of(
                    new Allocation(OFFICE, new Project("P-OFFICE", "日常公用经费", ProjectCategory.of("公用经费")), HALF_OF_THE_BOUND),
                    new Allocation(SYSTEMS, new Project("P-SYSTEMS", "系统运行", ProjectCategory.of("特定目标类")), HALF_OF_THE_BOUND))));
            years.add(year);
        }
        return years;
    }

    static LocalDate dayOf(long iteration) {
        return LocalDate.of(2025, 1, 1).plusDays(iteration % 365);
    }

    /** Runs the clients for the duration; returns completed operations per second. */
    static double throughput(int clients, Duration duration, Operation operation) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                for (long i = 0; System.nanoTime() < end; i++) {
                    try {
                        operation.run(client, i);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    done.incrementAndGet();
                }
            });
        }
        long start = System.nanoTime();
        Arrays.stream(threads).forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** p50 and p95 in milliseconds of the operation run the given times, one after another. */
    static double[] latencies(int times, Operation operation) throws Exception {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            operation.run(0, i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[]{millis[times / 2], millis[(int) Math.ceil(times * 0.95) - 1]};
    }
}
