package cn.budgetledger.app.indicators;

import cn.budgetledger.api.EconomicCode;
import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.UnitYear;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AdjustmentRequest;
import cn.budgetledger.command.web.AllocationRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a randomised (seeded) year of a few thousand payments, reversals, refusals (some paid later) and
 * adjustments, every indicator of the unit, each project and each line, as of many dates, equals its
 * recomputation in plain Java from the raw event stream.
 */
class IndicatorsAgreeWithTheEventStreamTest {

    static final String UNIT = "402001";
    static final long SEED = 20251122L;
    static final List<AllocationRequest.Line> LINES = List.of(
            Line.of("2080150", "30101", "R").approved("人员经费", "人员类", "600000.00"),
            Line.of("2080150", "30107", "R").approved("人员经费", "人员类", "300000.00"),
            Line.of("2080150", "30201", "G").approved("日常公用经费", "公用经费", "80000.00"),
            Line.of("2080150", "30217", "G").approved("日常公用经费", "公用经费", "20000.00"),
            Line.of("2080150", "30231", "G").approved("日常公用经费", "公用经费", "15000.00"),
            Line.of("2080150", "30299", "G").approved("日常公用经费", "公用经费", "50000.00"),
            Line.of("2080199", "30213", "O").approved("信息系统运行", "其他运转类", "120000.00"),
            Line.of("2080199", "30226", "T").approved("信息化建设", "特定目标类", "200000.00"),
            Line.of("2080199", "31002", "T").approved("信息化建设", "特定目标类", "150000.00"));

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    /** One line of the simulation: its key columns and what the aggregate will let it spend. */
    static final class SimulatedLine {
        final String project;
        final String functional;
        final String economic;
        final long budget;
        long available;

        SimulatedLine(AllocationRequest.Line approved) {
            project = approved.projectCode();
            functional = approved.functionalCode();
            economic = approved.economicCode();
            budget = new java.math.BigDecimal(approved.amount()).movePointRight(2).longValueExact();
            available = budget;
        }

        AdjustmentRequest.Entry entry(long fen) {
            return Line.of(functional, economic, project).entry(yuan(fen));
        }
    }

    record Payment(String voucher, SimulatedLine line, long fen, LocalDate date) {
    }

    @Test
    void every_indicator_equals_its_recomputation_from_the_events() {
        Random random = new Random(SEED);
        Bookkeeping books = new Bookkeeping(app.books(UNIT)).open()
                .allocate("批复-1", LINES.toArray(AllocationRequest.Line[]::new));
        List<SimulatedLine> lines = new ArrayList<>();
        for (AllocationRequest.Line approved : LINES) {
            lines.add(new SimulatedLine(approved));
        }
        List<Payment> paid = new ArrayList<>();
        List<Payment> refused = new ArrayList<>();
        int vouchers = 0;
        int documents = 0;
        int rows = 0;
        for (int month = 1; month <= 12; month++) {
            int adjustmentsThisMonth = random.nextInt(3);
            for (int i = 0; i < adjustmentsThisMonth; i++) {
                documents++;
                adjust(books, random, lines, "TZ" + documents, dayIn(random, month));
            }
            StringBuilder file = new StringBuilder("单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额,收款人,摘要,冲销凭证号\n");
            // A voucher refused in this month's file is sent again in a later file only: one voucher per file.
            List<Payment> refusedEarlier = new ArrayList<>(refused);
            refused.clear();
            for (int row = 0; row < 250; row++) {
                double kind = random.nextDouble();
                LocalDate date = dayIn(random, month);
                List<Payment> reversible = paid.stream()
                        .filter(payment -> payment.date().getMonthValue() < date.getMonthValue()).toList();
                if (kind < 0.08 && !reversible.isEmpty()) {
                    Payment original = reversible.get(random.nextInt(reversible.size()));
                    paid.remove(original);
                    original.line().available += original.fen();
                    file.append(row(original.line(), "HC" + (++vouchers), date, original.fen(), original.voucher()));
                } else if (kind < 0.15 && !refusedEarlier.isEmpty()) {
                    Payment again = refusedEarlier.remove(random.nextInt(refusedEarlier.size()));
                    // sent again as asked, or cut to what the line has left
                    long fen = random.nextBoolean() ? again.fen() : Math.max(1, again.line().available / 2);
                    file.append(row(again.line(), again.voucher(), date, fen, null));
                    book(new Payment(again.voucher(), again.line(), fen, date), paid, refused);
                } else {
                    SimulatedLine line = lines.get(random.nextInt(lines.size()));
                    // about a tenth of the line's budget a month, so lines run low towards the year end
                    long fen = 100 + (long) (random.nextDouble() * line.budget / 150);
                    if (random.nextDouble() < 0.04) {
                        fen += line.available;
                    }
                    Payment payment = new Payment("ZF" + (++vouchers), line, fen, date);
                    file.append(row(line, payment.voucher(), date, fen, null));
                    book(payment, paid, refused);
                }
                rows++;
            }
            Api.Response imported = app.accountant().upload("/api/imports/payments", "payments-" + month + ".csv",
                    file.toString().getBytes(StandardCharsets.UTF_8));
            LedgerDriver.expect(imported, 200);
            refused.addAll(refusedEarlier);
        }
        app.awaitReadModels();

        IndicatorsFromEvents truth = new IndicatorsFromEvents(app.bean(EventStore.class), new UnitYear(UNIT, 2025));
        TreeSet<LocalDate> dates = new TreeSet<>();
        // a month's first and last days: where whole months and single days meet in the read model's sums
        for (int month = 1; month <= 12; month++) {
            dates.add(LocalDate.of(2025, month, 1));
            dates.add(LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1));
        }
        while (dates.size() < 36) {
            dates.add(LocalDate.ofYearDay(2025, 1 + random.nextInt(365)));
        }
        assertThat(rows).isGreaterThanOrEqualTo(3000);
        assertThat(documents).isGreaterThanOrEqualTo(5);
        assertThat(truth.refusalsPaidLater()).isPositive();
        assertThat(truth.reversals()).isGreaterThan(100);
        ObjectMapper json = new ObjectMapper();
        for (LocalDate asOf : dates) {
            JsonNode served = books.indicators(asOf.toString());
            assertThat(served.path("totals")).as("unit as of %s", asOf)
                    .isEqualTo(json.valueToTree(truth.figures(asOf, line -> true)));
            for (JsonNode project : served.path("projects")) {
                String code = project.path("code").asText();
                assertThat(strip(project, "code", "name", "category")).as("project %s as of %s", code, asOf)
                        .isEqualTo(json.valueToTree(truth.figures(asOf, line -> line.projectCode().equals(code))));
            }
            Map<String, LineKey> keys = new HashMap<>();
            truth.lines().forEach(key -> keys.put(key.id().toString(), key));
            for (JsonNode line : served.path("lines")) {
                LineKey key = keys.get(line.path("lineId").asText());
                assertThat(line.path("origin").asText()).isEqualTo(key.origin().label());
                assertThat(strip(line, "lineId", "functionalCode", "economicCode", "projectCode", "fundSource", "origin"))
                        .as("line %s as of %s", key, asOf)
                        .isEqualTo(json.valueToTree(truth.figures(asOf, key::equals)));
            }
            assertThat(served.path("projects")).hasSize(4);
        }
    }

    /** Mirrors 无预算不支出 as the aggregate applies it, so the generator knows what will be refused. */
    static void book(Payment payment, List<Payment> paid, List<Payment> refused) {
        if (payment.fen() > payment.line().available) {
            refused.add(payment);
        } else {
            payment.line().available -= payment.fen();
            paid.add(payment);
        }
    }

    static void adjust(Bookkeeping books, Random random, List<SimulatedLine> lines, String document, LocalDate date) {
        SimulatedLine from = lines.get(random.nextInt(lines.size()));
        SimulatedLine to = lines.get(random.nextInt(lines.size()));
        switch (random.nextInt(3)) {
            case 0 -> {
                long fen = from.available / 5;
                // 三公经费只减不增: a 调剂 never raises a "三公" line.
                if (from == to || fen <= 0 || EconomicCode.of(to.economic).isThreePublic()) {
                    return;
                }
                from.available -= fen;
                to.available += fen;
                books.adjust(document, "调剂", date.toString(), from.entry(-fen), to.entry(fen));
            }
            case 1 -> {
                long fen = 100_000 + random.nextInt(2_000_000);
                to.available += fen;
                books.adjust(document, "追加", date.toString(), to.entry(fen));
            }
            default -> {
                long fen = from.available / 10;
                if (fen <= 0) {
                    return;
                }
                from.available -= fen;
                books.adjust(document, "追减", date.toString(), from.entry(-fen));
            }
        }
    }

    static String row(SimulatedLine line, String voucher, LocalDate date, long fen, String reversed) {
        return String.join(",", UNIT, "2025", voucher, date.toString(), line.functional, line.economic, line.project,
                Line.FISCAL, yuan(fen), "某公司", "随机", reversed == null ? "" : reversed) + "\n";
    }

    static LocalDate dayIn(Random random, int month) {
        LocalDate first = LocalDate.of(2025, month, 1);
        return first.plusDays(random.nextInt(first.lengthOfMonth()));
    }

    static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static JsonNode strip(JsonNode node, String... fields) {
        ObjectNode copy = node.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }
}
