package cn.budgetledger.bench;

import cn.budgetledger.api.Money;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import cn.budgetledger.api.commands.RecordPaymentsCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments per second through the command gateway and over HTTP, on one unit-year and spread over 100, with
 * 1, 4 and 16 clients; against the physical limit of the same PostgreSQL: single-row durable INSERT
 * transactions per second over JDBC at the same concurrency. One more column sends the payments as bulk journals
 * of 100 (the command an import sends), for the ledger's capacity when payments arrive in batches.
 */
class AppendBenchmark {

    static final Duration RUN = Duration.ofSeconds(Long.getLong("seconds", 5));
    static final byte[] ROW = new byte[600];
    static final int JOURNAL = 100;

    @Test
    void payments_per_second_against_the_raw_insert_limit() throws Exception {
        try (BenchLedger ledger = BenchLedger.start()) {
            CommandGateway gateway = ledger.bean(CommandGateway.class);
            List<UnitYear> hundred = Load.openYears(gateway, 100, 800000);
            UnitYear one = hundred.get(0);
            DataSource direct = ledger.postgres.getPostgresDatabase();
            try (Connection connection = direct.getConnection()) {
                connection.createStatement().execute("create table bench_raw (id bigserial primary key, payload bytea not null)");
            }
            // warm the JIT and the pools before measuring anything
            Load.throughput(4, Duration.ofSeconds(3), (client, i) -> pay(gateway, hundred.get((int) (i % 100)), "W-G" + client, i));
            Load.throughput(4, Duration.ofSeconds(3), (client, i) -> payOverHttp(ledger, hundred.get((int) (i % 100)), "W-H" + client, i));

            BenchLedger.report("\n### Append, " + RUN.toSeconds() + " s per cell (payments/s, ratio to raw)\n");
            BenchLedger.report("| clients | raw INSERT tx/s | gateway, 1 unit-year | gateway, 100 unit-years | HTTP, 1 unit-year | HTTP, 100 unit-years | gateway, journals of 100, 100 unit-years |");
            BenchLedger.report("|---|---|---|---|---|---|---|");
            for (int clients : new int[]{1, 4, 16}) {
                String tag = "c" + clients;
                double raw = rawInserts(direct, clients);
                double gatewayOne = Load.throughput(clients, RUN, (c, i) -> pay(gateway, one, tag + "-G1-" + c, i));
                double gatewayHundred = Load.throughput(clients, RUN,
                        (c, i) -> pay(gateway, hundred.get((int) ((c * 37 + i) % 100)), tag + "-GH-" + c, i));
                double httpOne = Load.throughput(clients, RUN, (c, i) -> payOverHttp(ledger, one, tag + "-H1-" + c, i));
                double httpHundred = Load.throughput(clients, RUN,
                        (c, i) -> payOverHttp(ledger, hundred.get((int) ((c * 37 + i) % 100)), tag + "-HH-" + c, i));
                double journals = JOURNAL * Load.throughput(clients, RUN,
                        (c, i) -> payJournal(gateway, hundred.get((int) ((c * 37 + i) % 100)), tag + "-GJ-" + c, i));
                BenchLedger.report("| %d | %.0f | %s | %s | %s | %s | %s |".formatted(clients, raw, cell(gatewayOne, raw),
                        cell(gatewayHundred, raw), cell(httpOne, raw), cell(httpHundred, raw), cell(journals, raw)));
            }
        }
    }

    private static String cell(double rate, double raw) {
        return "%.0f (%.0f%%)".formatted(rate, 100 * rate / raw);
    }

    private static void pay(CommandGateway gateway, UnitYear year, String client, long i) {
        PaymentOutcome outcome = gateway.sendAndWait(new RecordPaymentCommand(year, client + "-" + i, Load.dayOf(i),
                i % 2 == 0 ? Load.OFFICE : Load.SYSTEMS, Money.ofFen(100), "某公司", "基准测试"));
        assertThat(outcome.status()).isEqualTo(PaymentOutcome.Status.RECORDED);
    }

    private static void payJournal(CommandGateway gateway, UnitYear year, String client, long i) {
        List<RecordPaymentCommand> payments = new ArrayList<>(JOURNAL);
        for (int row = 0; row < JOURNAL; row++) {
            payments.add(new RecordPaymentCommand(year, client + "-" + i + "-" + row, Load.dayOf(i),
                    row % 2 == 0 ? Load.OFFICE : Load.SYSTEMS, Money.ofFen(100), "某公司", "基准测试"));
        }
        List<PaymentOutcome> outcomes = gateway.sendAndWait(new RecordPaymentsCommand(year, payments));
        assertThat(outcomes).extracting(PaymentOutcome::status).containsOnly(PaymentOutcome.Status.RECORDED);
    }

    private static void payOverHttp(BenchLedger ledger, UnitYear year, String client, long i) {
        var line = i % 2 == 0 ? Load.OFFICE : Load.SYSTEMS;
        int status = ledger.post("/api/units/" + year.unit() + "/years/2025/payments", """
                {"voucher":"%s-%d","date":"%s","functionalCode":"%s","economicCode":"%s","projectCode":"%s",
                 "fundSource":"%s","amount":"1.00","payee":"某公司","summary":"基准测试"}"""
                .formatted(client, i, Load.dayOf(i), line.functionalCode(), line.economicCode(), line.projectCode(),
                        Load.FISCAL)).statusCode();
        assertThat(status).isEqualTo(201);
    }

    /** The physical limit: each client its own connection, one durable single-row INSERT per transaction. */
    private static double rawInserts(DataSource direct, int clients) throws Exception {
        Connection[] connections = new Connection[clients];
        PreparedStatement[] inserts = new PreparedStatement[clients];
        for (int c = 0; c < clients; c++) {
            connections[c] = direct.getConnection();
            inserts[c] = connections[c].prepareStatement("insert into bench_raw (payload) values (?)");
        }
        try {
            return Load.throughput(clients, RUN, (c, i) -> {
                inserts[c].setBytes(1, ROW);
                inserts[c].executeUpdate();
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
