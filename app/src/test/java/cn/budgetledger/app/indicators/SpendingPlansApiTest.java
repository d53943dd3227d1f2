package cn.budgetledger.app.indicators;

import cn.budgetledger.api.Money;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** 用款计划 over HTTP: plans set and revised, payments past them refused and counted, plans against execution, imports. */
class SpendingPlansApiTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P-PUB");
    static final Line SYSTEMS = Line.of("2080199", "30213", "P-SPEC");
    static final String HEADER = "单位代码,年度,功能科目编码,经济科目编码,项目编码,资金来源,月份,计划金额";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void a_payment_past_the_cumulative_plan_of_its_month_is_refused_recorded_and_counted_in_the_guarantee_rate() {
        // given an office line of 10000.00 with a plan of 1000.00 in March and 1000.00 in June, revised once
        LedgerDriver books = year("416101");
        assertThat(expect(books.plan(OFFICE.plan(3, "800.00", 6, "1000.00")), 201).body().path("outcome").asText())
                .isEqualTo("RECORDED");
        expect(books.plan(OFFICE.plan(3, "1000.00", 6, "1000.00")), 201);
        assertThat(expect(books.plan(OFFICE.plan(6, "1000.00", 3, "1000.00", 1, "0.00")), 200).body()
                .path("outcome").asText()).isEqualTo("UNCHANGED");
        expect(books.pay(OFFICE.payment("V1", "2025-03-10", "800.00")), 201);

        // when a payment would take March past its 1000.00, and another waits for June
        JsonNode refused = expect(books.pay(OFFICE.payment("V2", "2025-03-20", "500.00")), 422).body();
        expect(books.pay(OFFICE.payment("V3", "2025-06-02", "500.00")), 201);

        // then the refusal says which month, its cumulative plan and what is executed
        assertThat(refused.path("code").asText()).isEqualTo("PLAN_EXCEEDED");
        assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("message").asText()).isEqualTo(
                "拒付：截至 3 月累计用款计划 1,000.00 元，已累计执行 800.00 元，再支付 500.00 元将超过用款计划。拒付已记录，凭证号可重新使用。");
        app.awaitReadModels();
        // and it counts as unmet in 运转保障率 like any refusal: 1300.00 / (1300.00 + 500.00)
        assertThat(books.indicators("2025-12-31").path("totals").path("operationGuaranteeRate").asText())
                .isEqualTo("72.22");
        // and the line's history shows the refusal, and both plans on the day they were recorded (kept in the year)
        assertThat(historyOf(books, "30201")).containsExactly("年初预算 批复-1 10000.00", "支付 V1 800.00",
                "拒付 V2 500.00", "支付 V3 500.00", "用款计划 用款计划 1800.00", "用款计划 用款计划 2000.00");
    }

    @Test
    void the_plans_stand_against_execution_month_by_month() {
        // given plans of both lines and payments in March and June
        LedgerDriver books = year("416102");
        expect(books.plan(OFFICE.plan(3, "1000.00", 6, "1000.00")), 201);
        expect(books.plan(SYSTEMS.plan(6, "3000.00")), 201);
        expect(books.pay(OFFICE.payment("V1", "2025-03-10", "800.00")), 201);
        expect(books.pay(SYSTEMS.payment("V2", "2025-06-10", "2500.00")), 201);
        app.awaitReadModels();

        // when the plans are read as of 30 June and as of 31 March
        JsonNode june = books.spendingPlans("2025-06-30");
        JsonNode march = books.spendingPlans("2025-03-31");

        // then the unit's months carry plan, cumulative plan, executed and cumulative executed
        assertThat(month(june.path("totals"), 3)).isEqualTo(List.of("1000.00", "1000.00", "800.00", "800.00"));
        assertThat(month(june.path("totals"), 6)).isEqualTo(List.of("4000.00", "5000.00", "2500.00", "3300.00"));
        assertThat(month(june.path("totals"), 12)).isEqualTo(List.of("0.00", "5000.00", "0.00", "3300.00"));
        assertThat(month(march.path("totals"), 6)).isEqualTo(List.of("4000.00", "5000.00", "0.00", "800.00"));
        // and each project and line its own, with the line's revisions
        assertThat(june.path("projects")).extracting(project -> project.path("code").asText())
                .containsExactly("P-PUB", "P-SPEC");
        assertThat(month(june.path("projects").get(1), 6)).isEqualTo(List.of("3000.00", "3000.00", "2500.00",
                "2500.00"));
        JsonNode office = june.path("lines").get(0);
        assertThat(office.path("economicCode").asText()).isEqualTo("30201");
        assertThat(office.path("revisions")).hasSize(1);
        assertThat(office.path("revisions").get(0).path("total").asText()).isEqualTo("2000.00");
        assertThat(office.path("revisions").get(0).path("months").get(2).asText()).isEqualTo("1000.00");
    }

    @Test
    void a_malformed_plan_is_refused_and_nothing_is_recorded() {
        // given a year without plans
        LedgerDriver books = year("416103");

        // when plans with a month outside the year, a month twice, a negative amount or an unknown line are sent
        JsonNode month13 = expect(books.plan(OFFICE.plan(13, "100.00")), 400).body();
        JsonNode twice = expect(books.plan(OFFICE.plan(3, "100.00", 3, "200.00")), 400).body();
        JsonNode negative = expect(books.plan(OFFICE.plan(3, "-100.00")), 400).body();
        JsonNode unknown = expect(books.plan(Line.of("2080150", "30299", "P-PUB").plan(3, "100.00")), 422).body();

        // then each says why, and no plan stands
        assertThat(month13.path("code").asText()).isEqualTo("PLAN_MONTH_INVALID");
        assertThat(twice.path("code").asText()).isEqualTo("PLAN_MONTH_DUPLICATE");
        assertThat(negative.path("code").asText()).isEqualTo("AMOUNT_NEGATIVE");
        assertThat(unknown.path("code").asText()).isEqualTo("LINE_NOT_FOUND");
        assertThat(twice.path("message").asText()).isEqualTo("同一指标的用款计划中 3 月出现了两次");
        app.awaitReadModels();
        assertThat(books.spendingPlans("2025-12-31").path("lines")).isEmpty();
    }

    @Test
    void an_import_sets_the_plans_of_the_lines_it_names_and_sent_again_changes_nothing() {
        // given a year
        LedgerDriver books = year("416104");
        String[] rows = {"416104,2025,2080150,30201,P-PUB,一般公共预算拨款,3,1000.00",
                "416104,2025,2080150,30201,P-PUB,一般公共预算拨款,6,1000.00",
                "416104,2025,2080199,30213,P-SPEC,一般公共预算拨款,6,3000.00"};

        // when the file is imported, then again
        JsonNode first = expect(importCsv(rows), 200).body();
        JsonNode again = expect(importCsv(rows), 200).body();

        // then each line's plan is recorded once
        assertThat(first.path("recorded").asInt()).isEqualTo(3);
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        app.awaitReadModels();
        assertThat(month(books.spendingPlans("2025-12-31").path("totals"), 12).get(1)).isEqualTo("5000.00");
        // and the plans hold: March may not go past 1000.00
        assertThat(expect(books.pay(OFFICE.payment("V1", "2025-03-10", "1000.01")), 422).body().path("code").asText())
                .isEqualTo("PLAN_EXCEEDED");
    }

    @Test
    void a_bad_file_is_refused_row_by_row_and_nothing_is_recorded() {
        // given a year
        LedgerDriver books = year("416105");

        // when a file names month 13, a month twice, a negative amount and an unknown line
        JsonNode errors = expect(importCsv("416105,2025,2080150,30201,P-PUB,一般公共预算拨款,3,1000.00",
                "416105,2025,2080150,30201,P-PUB,一般公共预算拨款,13,1000.00",
                "416105,2025,2080150,30201,P-PUB,一般公共预算拨款,3,500.00",
                "416105,2025,2080199,30213,P-SPEC,一般公共预算拨款,4,-1.00",
                "416105,2025,2080150,30299,P-PUB,一般公共预算拨款,5,100.00"), 422).body();

        // then every bad row is listed with its column, and no plan was recorded
        List<String> listed = new ArrayList<>();
        errors.path("errors").forEach(error -> listed.add(error.path("row").asInt() + " "
                + error.path("column").asText() + " " + error.path("message").asText()));
        assertThat(listed).containsExactly("3 月份 月份应为 1–12：13",
                "4 月份 同一指标的用款计划中 3 月出现了两次（第 2 行）",
                "5 计划金额 计划金额不能为负数：-1.00",
                "6 经济科目编码 预算指标不存在：2080150/30299/P-PUB/一般公共预算拨款（项目 P-PUB 的功能科目 2080150 下没有经济科目 30299，无预算不支出）");
        app.awaitReadModels();
        assertThat(books.spendingPlans("2025-12-31").path("lines")).isEmpty();
    }

    @Test
    void the_demo_plans_refuse_none_of_the_demo_payments() {
        // given the demo unit's budget and adjustments, and its spending plans (under another unit code)
        String unit = "416106";
        for (String kind : List.of("budget-lines", "adjustments", "spending-plans")) {
            assertThat(expect(sample(kind, unit), 200).body().path("refused")).as(kind).isEmpty();
            app.awaitReadModels();
        }

        // when the demo payments are imported
        JsonNode payments = expect(sample("payments", unit), 200).body();

        // then none is refused for its plan, and the plans stand against execution
        assertThat(payments.path("recorded").asInt()).isPositive();
        assertThat(payments.path("refused")).noneMatch(refusal -> refusal.path("reason").asText().contains("用款计划"));
        app.awaitReadModels();
        JsonNode plans = app.books(unit).spendingPlans("2025-12-31");
        assertThat(plans.path("lines")).hasSize(9);
        assertThat(plans.path("totals")).allSatisfy(month -> assertThat(Money.parse(month.path("cumulativeExecuted")
                .asText())).matches(executed -> !executed.exceeds(Money.parse(month.path("cumulativePlan").asText()))));
    }

    /** A file of the demo unit 503019 (app's samples/), recorded for another unit so it stays apart. */
    private static Api.Response sample(String kind, String unit) {
        try (InputStream in = SpendingPlansApiTest.class.getResourceAsStream("/samples/" + kind + "-503019-2025.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("503019,", unit + ",");
            return app.accountant().upload("/api/imports/" + kind, kind + ".csv", text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LedgerDriver year(String unit) {
        LedgerDriver books = app.books(unit);
        expect(books.open("测试单位" + unit, "416"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "10000.00"),
                SYSTEMS.approved("信息系统运维", "特定目标类", "8000.00")), 201);
        return books;
    }

    private static Api.Response importCsv(String... rows) {
        return app.accountant().upload("/api/imports/spending-plans", "spending-plans.csv",
                (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A month's plan, cumulative plan, executed and cumulative executed. */
    private static List<String> month(JsonNode scope, int month) {
        JsonNode months = scope.has("months") ? scope.path("months") : scope;
        JsonNode figures = months.get(month - 1);
        return List.of(figures.path("plan").asText(), figures.path("cumulativePlan").asText(),
                figures.path("executed").asText(), figures.path("cumulativeExecuted").asText());
    }

    private static List<String> historyOf(LedgerDriver books, String economicCode) {
        String lineId = null;
        for (JsonNode line : books.budget("2025-12-31").path("lines")) {
            if (line.path("economicCode").asText().equals(economicCode)) {
                lineId = line.path("lineId").asText();
            }
        }
        List<String> events = new ArrayList<>();
        for (JsonNode event : expect(books.api().get(books.path() + "/lines/" + lineId + "/history"), 200).body()
                .path("events")) {
            events.add(event.path("kind").asText() + " " + event.path("document").asText() + " "
                    + event.path("amount").asText());
        }
        return events;
    }
}
