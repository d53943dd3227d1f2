package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five indicators over HTTP on hand-computed books, as of dates before and after adjustments,
 * reversals, and a refusal later paid; the null cases; the overview of all units; the warnings.
 */
class IndicatorsApiTest {

    static final String PUB = "P-PUB";
    static final String SPEC = "P-SPEC";
    static final Line A = Line.of("2080150", "30201", PUB);
    static final Line B = Line.of("2080150", "30217", PUB);
    static final Line C = Line.of("2080199", "30213", SPEC);

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    /**
     * Given 公用经费 lines A (30201, 10000) and B (30217, a 三公 subject, 2000) and a 特定目标类 line C
     * (30213, 8000): V1 pays 2000 from A on 3/10, V2 1000 from C on 3/15, V3 500 from B on 4/1; TZ1 moves
     * 1000 from C to A on 5/1, TZ2 adds 2000 to C on 6/1; HC1 reverses V1 on 6/10; V9 asks 20000 from A on
     * 7/1 and is refused; TZ3 adds 10000 to A on 8/1 and V9, sent again on 8/5, is paid.
     */
    static Bookkeeping theYear(String unit) {
        Bookkeeping books = new Bookkeeping(app.books(unit)).open()
                .allocate("批复-1",
                        A.approved("日常公用经费", "公用经费", "10000.00"),
                        B.approved("日常公用经费", "公用经费", "2000.00"),
                        C.approved("信息系统运维", "特定目标类", "8000.00"))
                .paid(A.payment("V1", "2025-03-10", "2000.00"))
                .paid(C.payment("V2", "2025-03-15", "1000.00"))
                .paid(B.payment("V3", "2025-04-01", "500.00"))
                .adjust("TZ1", "调剂", "2025-05-01", C.entry("-1000.00"), A.entry("1000.00"))
                .adjust("TZ2", "追加", "2025-06-01", C.entry("2000.00"))
                .reverse("HC1", "V1", "2025-06-10")
                .refused(A.payment("V9", "2025-07-01", "20000.00"))
                .adjust("TZ3", "追加", "2025-08-01", A.entry("10000.00"))
                .paid(A.payment("V9", "2025-08-05", "20000.00"));
        app.awaitReadModels();
        return books;
    }

    @Test
    void before_any_adjustment_every_indicator_follows_the_payments() {
        Bookkeeping books = theYear("401001");

        JsonNode april = books.indicators("2025-04-30");

        assertThat(april.path("asOf").asText()).isEqualTo("2025-04-30");
        assertThat(april.path("timeProgress").asText()).isEqualTo("32.88"); // 120 / 365
        assertThat(april.path("totals")).isEqualTo(figures("20000.00", "20000.00", "3500.00", "16500.00",
                "17.50", "82.50", 0, "100.00", "25.00"));
        assertThat(without(project(april, SPEC), "code", "name", "category")).isEqualTo(figures("8000.00", "8000.00",
                "1000.00", "7000.00", "12.50", "87.50", 0, null, "0.00"));
        assertThat(project(april, SPEC).path("category").asText()).isEqualTo("特定目标类");
    }

    @Test
    void a_reversal_takes_the_payment_back_from_its_own_date_and_adjustments_count_per_document() {
        Bookkeeping books = theYear("401002");

        JsonNode beforeTheReversal = books.indicators("2025-06-09");
        JsonNode afterIt = books.indicators("2025-06-30");

        assertThat(beforeTheReversal.path("totals").path("executed").asText()).isEqualTo("3500.00");
        assertThat(afterIt.path("totals")).isEqualTo(figures("20000.00", "22000.00", "1500.00", "20500.00",
                "6.82", "92.50", 2, "100.00", "25.00"));
        // TZ1 touches both projects; TZ2 only C
        assertThat(without(project(afterIt, PUB), "code", "name", "category")).isEqualTo(figures("12000.00", "13000.00",
                "500.00", "12500.00", "3.85", "95.83", 1, "100.00", "25.00"));
        assertThat(project(afterIt, SPEC).path("adjustmentCount").asInt()).isEqualTo(2);
        assertThat(project(afterIt, SPEC).path("executionRate").asText()).isEqualTo("11.11");
        JsonNode lineA = line(afterIt, "30201");
        assertThat(lineA.path("adjustmentCount").asInt()).isEqualTo(1);
        assertThat(lineA.path("executionRate").asText()).isEqualTo("0.00");
        assertThat(lineA.path("operationGuaranteeRate").isNull()).isTrue();
        assertThat(line(afterIt, "30217").path("adjustmentCount").asInt()).isEqualTo(0);
    }

    @Test
    void a_refusal_counts_as_unmet_until_the_voucher_is_paid() {
        Bookkeeping books = theYear("401003");

        JsonNode refused = books.indicators("2025-07-15");
        JsonNode paidLater = books.indicators("2025-08-31");

        // met 500 (B), unmet 20000 (V9 on A): 500 / 20500
        assertThat(refused.path("totals").path("operationGuaranteeRate").asText()).isEqualTo("2.44");
        assertThat(project(refused, PUB).path("operationGuaranteeRate").asText()).isEqualTo("2.44");
        assertThat(line(refused, "30201").path("operationGuaranteeRate").asText()).isEqualTo("0.00");
        assertThat(project(refused, SPEC).path("operationGuaranteeRate").isNull()).isTrue();
        assertThat(paidLater.path("totals")).isEqualTo(figures("20000.00", "32000.00", "21500.00", "10500.00",
                "67.19", "7.50", 3, "100.00", "25.00"));
        assertThat(project(paidLater, PUB).path("executionRate").asText()).isEqualTo("89.13");
        assertThat(project(paidLater, PUB).path("accuracyDeviation").asText()).isEqualTo("70.83");
        assertThat(project(paidLater, PUB).path("adjustmentCount").asInt()).isEqualTo(2);
    }

    @Test
    void null_where_a_formula_has_no_denominator() {
        // given lines D (30201, 1000) and E (30202, 500); TZ1 adds 300 to a new 三公 line F (30217) (a 追加: no
        // 调剂 may raise a 三公 line), V1 pays 100 from F, TZ2 removes all of D
        Line d = Line.of("2080150", "30201", PUB);
        Line e = Line.of("2080150", "30202", PUB);
        Line f = Line.of("2080150", "30217", PUB);
        Bookkeeping books = new Bookkeeping(app.books("401010")).open()
                .allocate("批复-1", d.approved("日常公用经费", "公用经费", "1000.00"),
                        e.approved("日常公用经费", "公用经费", "500.00"))
                .adjust("TZ1", "追加", "2025-01-20", f.opening("300.00", "日常公用经费", "公用经费"))
                .paid(f.payment("V1", "2025-01-25", "100.00"))
                .adjust("TZ2", "追减", "2025-02-01", d.entry("-1000.00"));
        app.awaitReadModels();

        JsonNode nothingSpent = books.indicators("2025-01-10");
        JsonNode spentWithoutThreePublicBudget = books.indicators("2025-01-31");
        JsonNode lineEmptied = books.indicators("2025-02-01");

        assertThat(nothingSpent.path("totals").path("operationGuaranteeRate").isNull()).isTrue();
        assertThat(nothingSpent.path("totals").path("threePublicControlRate").asText()).isEqualTo("0.00");
        assertThat(nothingSpent.path("totals").path("executionRate").asText()).isEqualTo("0.00");
        assertThat(spentWithoutThreePublicBudget.path("totals").path("threePublicControlRate").isNull()).isTrue();
        JsonNode lineF = line(spentWithoutThreePublicBudget, "30217");
        assertThat(lineF.path("original").asText()).isEqualTo("0.00");
        assertThat(lineF.path("accuracyDeviation").isNull()).isTrue();
        assertThat(lineF.path("executionRate").asText()).isEqualTo("33.33");
        JsonNode lineD = line(lineEmptied, "30201");
        assertThat(lineD.path("adjusted").asText()).isEqualTo("0.00");
        assertThat(lineD.path("executionRate").isNull()).isTrue();
        assertThat(lineD.path("accuracyDeviation").asText()).isEqualTo("100.00");
        assertThat(lineD.path("operationGuaranteeRate").isNull()).isTrue();
    }

    @Test
    void as_of_defaults_to_a_date_inside_the_year_and_an_unknown_year_is_not_found() {
        new Bookkeeping(app.books("401011")).open().allocate("批复-1", A.approved("日常公用经费", "公用经费", "1000.00"));
        app.awaitReadModels();

        Api.Response defaulted = app.accountant().get("/api/units/401011/years/2025/indicators");
        Api.Response unknown = app.accountant().get("/api/units/409999/years/2025/indicators");

        assertThat(defaulted.status()).isEqualTo(200);
        assertThat(defaulted.text("asOf")).startsWith("2025-");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("BUDGET_YEAR_NOT_FOUND");
    }

    @Test
    void management_sees_every_unit_of_the_year_at_once() {
        theYear("401004");

        Api.Response overview = app.as("manager").get("/api/years/2025/indicators?asOf=2025-08-31");

        assertThat(overview.status()).isEqualTo(200);
        JsonNode unit = null;
        for (JsonNode candidate : overview.body().path("units")) {
            if (candidate.path("unit").asText().equals("401004")) {
                unit = candidate;
            }
        }
        assertThat(unit).isNotNull();
        assertThat(unit.path("unitName").asText()).isEqualTo("测试单位401004");
        assertThat(without(unit, "unit", "unitName", "department")).isEqualTo(figures("20000.00", "32000.00",
                "21500.00", "10500.00", "67.19", "7.50", 3, "100.00", "25.00"));
    }

    @Test
    void the_overview_subtotals_each_department_from_its_units_exact_sums() {
        // given two units of department 401 among others
        theYear("401008");
        theYear("401009");

        // when management reads the year
        JsonNode overview = app.as("manager").get("/api/years/2025/indicators?asOf=2025-08-31").body();

        // then department 401's subtotal is the sum of its units, its rate computed from those sums
        java.math.BigDecimal adjusted = java.math.BigDecimal.ZERO;
        java.math.BigDecimal executed = java.math.BigDecimal.ZERO;
        int units = 0;
        int adjustments = 0;
        for (JsonNode unit : overview.path("units")) {
            if ("401".equals(unit.path("department").asText())) {
                adjusted = adjusted.add(new java.math.BigDecimal(unit.path("adjusted").asText()));
                executed = executed.add(new java.math.BigDecimal(unit.path("executed").asText()));
                adjustments += unit.path("adjustmentCount").asInt();
                units++;
            }
        }
        JsonNode department = null;
        for (JsonNode candidate : overview.path("departments")) {
            if ("401".equals(candidate.path("department").asText())) {
                department = candidate;
            }
        }
        assertThat(units).isGreaterThanOrEqualTo(2);
        assertThat(department).isNotNull();
        assertThat(department.path("unitCount").asInt()).isEqualTo(units);
        assertThat(department.path("adjusted").asText()).isEqualTo(adjusted.toPlainString());
        assertThat(department.path("executed").asText()).isEqualTo(executed.toPlainString());
        assertThat(department.path("adjustmentCount").asInt()).isEqualTo(adjustments);
        assertThat(department.path("executionRate").asText()).isEqualTo(executed.multiply(java.math.BigDecimal.valueOf(100))
                .divide(adjusted, 2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void the_overview_reads_every_unit_at_once_and_agrees_with_each_units_own_page() {
        theYear("401006");
        theYear("401007");

        for (String asOf : List.of("2025-03-31", "2025-06-30", "2025-07-15", "2025-12-31")) {
            JsonNode overview = app.as("manager").get("/api/years/2025/indicators?asOf=" + asOf).body();

            assertThat(overview.path("units").size()).isGreaterThanOrEqualTo(2);
            for (JsonNode unit : overview.path("units")) {
                JsonNode own = app.as("manager")
                        .get("/api/units/" + unit.path("unit").asText() + "/years/2025/indicators?asOf=" + asOf).body();
                assertThat(without(unit, "unit", "unitName", "department")).as(unit.path("unit") + " on " + asOf)
                        .isEqualTo(own.path("totals"));
            }
        }
    }

    @Test
    void warnings_are_tiered_and_listed_newest_state_first() {
        Bookkeeping books = theYear("401005");
        Bookkeeping.created(books.target(
                new PerformanceTargetRequest(PUB, "产出指标", "数量指标", "科目调整次数", "≤", "1", "次", "20", "反向")));
        app.awaitReadModels();

        JsonNode march = app.as("manager").get(books.year + "/warnings?asOf=2025-03-31").body();
        JsonNode august = app.as("manager").get(books.year + "/warnings?asOf=2025-08-31").body();

        // time progress on 3/31 is 90/365 = 24.66: unit 15.00 → 9.66 behind, 黄; P-PUB 16.67 → 黄;
        // P-SPEC and line C 12.50 → 橙; line B 0.00 → 红; line A 20.00 → no warning
        assertThat(march.path("thresholds").path("orange").asText()).isEqualTo("10.00");
        List<String> dates = new ArrayList<>();
        march.path("states").forEach(state -> dates.add(state.path("asOf").asText()));
        assertThat(dates).containsExactly("2025-03-31", "2025-02-28", "2025-01-31");
        JsonNode now = march.path("states").get(0);
        assertThat(levels(now)).containsExactly(
                "红 执行进度滞后 指标 30217", "橙 执行进度滞后 项目 P-SPEC", "橙 执行进度滞后 指标 30213",
                "黄 执行进度滞后 单位 401005", "黄 执行进度滞后 项目 P-PUB");
        // by August P-PUB has had two adjustment documents against a target of at most one: 100 % off, 红
        assertThat(levels(august.path("states").get(0))).contains("红 未达绩效目标 项目 P-PUB");
        assertThat(levels(august.path("states").get(1))).doesNotContain("红 未达绩效目标 项目 P-PUB");
    }

    static List<String> levels(JsonNode state) {
        List<String> levels = new ArrayList<>();
        for (JsonNode warning : state.path("warnings")) {
            String code = warning.path("scope").asText().equals("指标")
                    ? warning.path("name").asText().replaceAll(".*/(\\d{5})/.*", "$1") : warning.path("code").asText();
            levels.add(warning.path("level").asText() + " " + warning.path("kind").asText() + " "
                    + warning.path("scope").asText() + " " + code);
        }
        return levels;
    }

    /** A scope's figures where nothing is frozen or awaiting review. */
    static JsonNode figures(String original, String adjusted, String executed, String available, String executionRate,
                            String accuracyDeviation, int adjustmentCount, String operationGuaranteeRate,
                            String threePublicControlRate) {
        return JsonNodeFactory.instance.objectNode().put("original", original).put("adjusted", adjusted)
                .put("executed", executed).put("frozen", "0.00").put("awaitingReview", "0.00")
                .put("available", available).put("executionRate", executionRate)
                .put("accuracyDeviation", accuracyDeviation).put("adjustmentCount", adjustmentCount)
                .put("operationGuaranteeRate", operationGuaranteeRate).put("threePublicControlRate", threePublicControlRate);
    }

    static JsonNode without(JsonNode node, String... fields) {
        ObjectNode copy = node.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    static JsonNode project(JsonNode indicators, String code) {
        for (JsonNode project : indicators.path("projects")) {
            if (project.path("code").asText().equals(code)) {
                return project;
            }
        }
        throw new AssertionError("no project " + code + " in " + indicators);
    }

    static JsonNode line(JsonNode indicators, String economicCode) {
        for (JsonNode line : indicators.path("lines")) {
            if (line.path("economicCode").asText().equals(economicCode)) {
                return without(line, "lineId", "functionalCode", "economicCode", "projectCode", "fundSource");
            }
        }
        throw new AssertionError("no line " + economicCode + " in " + indicators);
    }
}
