package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.command.web.IndicatorActualRequest;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Performance targets and manual actuals over HTTP and by import, and the year-end self-evaluation as
 * JSON, workbook and printable page: scored on hand-computed books, and the Dazhou sample year end to end.
 */
class EvaluationApiTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    /**
     * Given the books of IndicatorsApiTest (by the year end: executed 21500 of 32000, 3 adjustment documents,
     * 三公 25 %, 运转保障率 100 %) and targets for the unit, for P-PUB and for P-SPEC.
     */
    static Bookkeeping targetsSet(String unit) {
        Bookkeeping books = IndicatorsApiTest.theYear(unit);
        created(books.target(new PerformanceTargetRequest(null, "产出指标", "数量指标", "科目调整次数", "≤", "5", "次", "20", "反向")));
        created(books.target(new PerformanceTargetRequest(null, "产出指标", "质量指标", "预算编制准确率", "≤", "5", "%", "30", "反向")));
        created(books.target(new PerformanceTargetRequest(null, "效益指标", "社会效益指标", "运转保障率", "=", "100", "%", "20", "正向")));
        created(books.target(new PerformanceTargetRequest(null, "效益指标", "经济效益指标", "“三公经费”控制率", "≤", "20", "%", "10", "反向")));
        created(books.target(new PerformanceTargetRequest(null, "产出指标", "质量指标", "系统可用度", "≥", "99.9", "%", "10", "正向")));
        created(books.target(new PerformanceTargetRequest("P-PUB", "产出指标", "数量指标", "科目调整次数", "≤", "3", "次", "20", "反向")));
        created(books.target(new PerformanceTargetRequest("P-PUB", "产出指标", "数量指标", "科目调整次数", "≤", "1", "次", "20", "反向")));
        created(books.target(new PerformanceTargetRequest("P-SPEC", "效益指标", "社会效益指标", "运转保障率", "=", "100", "%", "20", "正向")));
        created(books.target(new PerformanceTargetRequest("P-SPEC", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "10", "正向")));
        created(books.target(new PerformanceTargetRequest("P-SPEC", "产出指标", "时效指标", "预算执行率", "≥", "90", "%", "10", "正向")));
        created(books.actual(new IndicatorActualRequest(null, "系统可用度", "90", null, null, null)));
        created(books.actual(new IndicatorActualRequest(null, "系统可用度", "95", "机房断电 <2 小时>", null, null)));
        app.awaitReadModels();
        return books;
    }

    @Test
    void the_unit_and_each_project_with_targets_are_scored_as_the_central_form_says() {
        Bookkeeping books = targetsSet("403001");

        JsonNode evaluation = app.as("manager").get(books.year + "/evaluation").body();

        assertThat(evaluation.path("asOf").asText()).isEqualTo("2025-12-31");
        JsonNode unit = evaluation.path("unit");
        assertThat(unit.has("code")).isFalse();
        // 10 × 67.1875 / 100 = 6.71875
        assertThat(unit.path("budget")).isEqualTo(Api.json("""
                {"original":"20000.00","adjusted":"32000.00","executed":"21500.00","executionRate":"67.19",
                 "points":"10","score":"6.72","note":null}"""));
        // met 20; 30 × 5 / 7.5 = 20; met 20; 10 × 20 / 25 = 8; 10 × 95 / 99.9 = 9.5095…
        assertThat(scores(unit)).containsExactly(
                "科目调整次数 ≤5 3.00 20 20.00", "预算编制准确率 ≤5 7.50 30 20.00", "运转保障率 =100 100.00 20 20.00",
                "“三公经费”控制率 ≤20 25.00 10 8.00", "系统可用度 ≥99.9 95.00 10 9.51");
        assertThat(unit.path("indicators").get(4).path("deviationReason").asText()).isEqualTo("机房断电 <2 小时>");
        assertThat(unit.path("total").asText()).isEqualTo("84.23");
        assertThat(unit.path("maximum").asText()).isEqualTo("100");
        assertThat(unit.path("grade").asText()).isEqualTo("良");

        JsonNode pub = evaluation.path("projects").get(0);
        assertThat(pub.path("code").asText()).isEqualTo("P-PUB");
        // the target revised to ≤ 1 replaced ≤ 3: 20 × 1 / 2 = 10; 10 × 89.1304… / 100 = 8.91
        assertThat(scores(pub)).containsExactly("科目调整次数 ≤1 2.00 20 10.00");
        assertThat(pub.path("total").asText()).isEqualTo("18.91");
        assertThat(pub.path("grade").asText()).isEqualTo("中");

        JsonNode spec = evaluation.path("projects").get(1);
        // no operating line: 运转保障率 cannot be computed, 0 and why; 群众满意度 never recorded, 0 and listed;
        // 10 × 11.11…/90 = 1.2345…; 执行率 10 × 11.11…/100 = 1.111…; total 2.3456… shown 2.35 (the shown
        // scores would add up to 2.34)
        assertThat(scores(spec)).containsExactly("运转保障率 =100 null 20 0.00", "群众满意度 ≥90 null 10 0.00",
                "预算执行率 ≥90 11.11 10 1.23");
        assertThat(spec.path("indicators").get(0).path("note").asText()).contains("无法计算运转保障率");
        assertThat(spec.path("missing")).containsExactly(Api.json("\"群众满意度\""));
        assertThat(spec.path("budget").path("score").asText()).isEqualTo("1.11");
        assertThat(spec.path("total").asText()).isEqualTo("2.35");
        assertThat(spec.path("maximum").asText()).isEqualTo("50");
        assertThat(spec.path("grade").asText()).isEqualTo("差");
    }

    @Test
    void the_workbook_has_a_form_per_scope_and_the_page_prints() throws IOException {
        Bookkeeping books = targetsSet("403002");

        Api.Response xlsx = app.accountant().get(books.year + "/evaluation?format=xlsx");
        Api.Response html = app.accountant().get(books.year + "/evaluation?format=html");

        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("整体支出");
            assertThat(workbook.getSheetName(1)).isEqualTo("P-PUB");
            Sheet unit = workbook.getSheetAt(0);
            assertThat(unit.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门整体支出绩效自评表");
            Row total = rowStartingWith(unit, "总分");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(84.23);
            assertThat(total.getCell(7).getStringCellValue()).isEqualTo("评价等级：良");
            assertThat(rowStartingWith(workbook.getSheetAt(2), "未填报实际完成值的指标：群众满意度")).isNotNull();
        }
        assertThat(html.status()).isEqualTo(200);
        String page = new String(html.raw(), StandardCharsets.UTF_8);
        assertThat(page).contains("部门整体支出绩效自评表", "项目支出绩效自评表", "@media print", "评价等级：良",
                "未填报实际完成值的指标：群众满意度", "机房断电 &lt;2 小时&gt;");
        // amounts are printed as people read them, and a count as a whole number (issue 17: not 6182180.00, not 4.00)
        assertThat(page).contains("20,000.00").containsPattern("科目调整次数</td><td>≤5次</td><td class=\"number\">\\d+</td>");
        assertThat(app.accountant().get(books.year + "/evaluation?format=pdf").text("code")).isEqualTo("FORMAT_UNKNOWN");
    }

    @Test
    void targets_are_checked_and_managers_only_read() {
        Bookkeeping books = new Bookkeeping(app.books("403003")).open()
                .allocate("批复-1", IndicatorsApiTest.A.approved("日常公用经费", "公用经费", "10000.00"));

        Api.Response contradictory = books.target(new PerformanceTargetRequest("P-PUB", "产出指标", "数量指标", "科目调整次数", "≤", "5", "次", "20", "正向"));
        Api.Response unknownProject = books.target(new PerformanceTargetRequest("P-NONE", "产出指标", "数量指标", "科目调整次数", "≤", "5", "次", "20", "反向"));
        Api.Response computedActual = books.actual(new IndicatorActualRequest(null, "预算执行率", "90", null, null, null));
        Api.Response byManager = app.as("manager").post(books.year + "/targets", "{}");

        assertThat(contradictory.status()).isEqualTo(400);
        assertThat(contradictory.text("code")).isEqualTo("DIRECTION_CONTRADICTS_COMPARATOR");
        assertThat(unknownProject.status()).isEqualTo(404);
        assertThat(computedActual.text("code")).isEqualTo("ACTUAL_OF_COMPUTED_INDICATOR");
        assertThat(byManager.status()).isEqualTo(403);
    }

    @Test
    void the_dazhou_sample_year_is_scored_end_to_end() throws IOException {
        for (String kind : List.of("budget-lines", "adjustments", "payments", "targets")) {
            Api.Response imported = app.accountant().upload("/api/imports/" + kind, kind + ".csv", sample(kind));
            assertThat(imported.status()).as("%s: %s", kind, imported.body()).isEqualTo(200);
        }
        app.awaitReadModels();

        JsonNode evaluation = app.accountant().get("/api/units/302002/years/2025/evaluation").body();

        assertThat(evaluation.path("unitName").asText()).isEqualTo("达州市人力资源和社会保障信息管理中心");
        assertThat(evaluation.path("unit").path("budget").path("executionRate").asText()).isEqualTo("99.22");
        assertThat(evaluation.path("unit").path("maximum").asText()).isEqualTo("10");
        // the sample sets no target for the unit as a whole: its 执行率 points, and no grade (issue 15, item 8)
        assertThat(evaluation.path("unit").path("total").asText()).isEqualTo("9.92");
        assertThat(evaluation.path("unit").path("grade").isNull()).isTrue();
        List<String> projects = new ArrayList<>();
        for (JsonNode project : evaluation.path("projects")) {
            projects.add(project.path("code").asText() + " " + project.path("budget").path("executionRate").asText()
                    + " " + String.join(" ", scores(project).stream().map(score -> score.substring(score.lastIndexOf(' ') + 1)).toList())
                    + " " + project.path("total").asText() + " " + project.path("grade").asText());
        }
        // indicators in the order of the targets file; hand-computed from the sample files: e.g. G000000001 executed 338426.28 of 362480.00 (93.36 %),
        // 准确率 |338426.28 − 360400| / 360400 = 6.10 % → 30 × 5 / 6.0970… = 24.60, three refusals standing
        // (32998.28) → 运转保障率 338426.28 / 371424.56 = 91.12 % → 20 × (1 − 8.8842…/100) = 18.22
        assertThat(projects).containsExactly(
                "51170025302G000000001 93.36 20.00 24.60 20.00 18.22 92.16 优",
                "51170025302G000000002 100.00 30.00 20.00 20.00 20.00 100.00 优",
                "51170025302G000000003 98.00 20.00 10.53 20.00 20.00 80.33 良",
                "51170025302G000000004 82.76 20.00 20.00 19.90 20.00 88.18 良");
    }

    /** Item 7 of issue 15: 定性指标 as seeds 002 and 003 publish them, set and graded over HTTP, scored everywhere. */
    @Test
    void a_qualitative_target_is_graded_by_its_level_and_scored_in_json_workbook_and_page() throws IOException {
        Bookkeeping books = IndicatorsApiTest.theYear("403004");
        created(books.target(new PerformanceTargetRequest(null, "产出指标", "质量指标", "预算编制准确率", "≤", "5", "%", "30", "反向")));
        created(books.target(new PerformanceTargetRequest("P-SPEC", "产出指标", "时效指标", "社会保障卡申领", "定性", "即办即领", "", "20", "正向")));
        created(books.target(new PerformanceTargetRequest("P-SPEC", "产出指标", "时效指标", "系统运行", "=", "7*24 小时运行", null, "10", "正向")));

        Api.Response outsideTheBand = books.actual(new IndicatorActualRequest("P-SPEC", "社会保障卡申领", null, null, "达成", "15.99"));
        Api.Response aNumber = books.actual(new IndicatorActualRequest("P-SPEC", "社会保障卡申领", "100", null, null, null));
        created(books.actual(new IndicatorActualRequest("P-SPEC", "社会保障卡申领", null, "个别网点排队", "部分达成", "13.5")));
        app.awaitReadModels();

        assertThat(outsideTheBand.status()).isEqualTo(422);
        assertThat(outsideTheBand.text("code")).isEqualTo("POINTS_OUTSIDE_BAND");
        assertThat(outsideTheBand.text("message")).contains("16 至 20 分");
        assertThat(aNumber.status()).isEqualTo(400);
        assertThat(aNumber.text("code")).isEqualTo("LEVEL_MISSING");
        JsonNode spec = app.as("manager").get(books.year + "/evaluation").body().path("projects").get(0);
        // 部分达成 with 13.5 of 20; 系统运行 has no level: 0 and listed; 执行率 1.111…: total 14.61 of 40, 差
        assertThat(scores(spec)).containsExactly("社会保障卡申领 定性即办即领 部分达成 20 13.50", "系统运行 =7*24 小时运行 null 10 0.00");
        assertThat(spec.path("indicators").get(0).path("deviationReason").asText()).isEqualTo("个别网点排队");
        assertThat(spec.path("missing")).containsExactly(Api.json("\"系统运行\""));
        assertThat(spec.path("total").asText()).isEqualTo("14.61");
        assertThat(spec.path("maximum").asText()).isEqualTo("40");
        assertThat(spec.path("grade").asText()).isEqualTo("差");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                app.accountant().get(books.year + "/evaluation?format=xlsx").raw()))) {
            Row cards = rowStartingWith(workbook.getSheetAt(1), "产出指标");
            assertThat(cards.getCell(2).getStringCellValue()).isEqualTo("社会保障卡申领");
            assertThat(cards.getCell(3).getStringCellValue()).isEqualTo("即办即领");
            assertThat(cards.getCell(4).getStringCellValue()).isEqualTo("部分达成");
            assertThat(cards.getCell(6).getNumericCellValue()).isEqualTo(13.5);
            assertThat(cards.getCell(7).getStringCellValue()).isEqualTo("个别网点排队");
            Row accuracy = rowStartingWith(workbook.getSheetAt(0), "产出指标");
            assertThat(accuracy.getCell(2).getStringCellValue()).isEqualTo("预算编制准确率（实为偏差率 ∣执行−年初∣/年初，越低越好）");
        }
        String page = new String(app.accountant().get(books.year + "/evaluation?format=html").raw(), StandardCharsets.UTF_8);
        assertThat(page).contains("即办即领", "部分达成", "13.50", "7*24 小时运行", "实为偏差率 ∣执行−年初∣/年初，越低越好");
    }

    /** Item 8 of issue 15: 执行率 points alone would give 优 or 良; no targets, no grade. */
    @Test
    void a_unit_with_no_targets_shows_its_execution_points_and_no_grade() throws IOException {
        Bookkeeping books = IndicatorsApiTest.theYear("403005");

        JsonNode unit = app.as("manager").get(books.year + "/evaluation").body().path("unit");

        assertThat(unit.path("budget").path("score").asText()).isEqualTo("6.72");
        assertThat(unit.path("indicators")).isEmpty();
        assertThat(unit.path("total").asText()).isEqualTo("6.72");
        assertThat(unit.path("maximum").asText()).isEqualTo("10");
        assertThat(unit.path("grade").isNull()).isTrue();
        assertThat(unit.path("targetsSet").asBoolean()).isFalse();
        assertThat(unit.path("gradeNote").asText()).isEqualTo("未设绩效目标，不评等级");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                app.accountant().get(books.year + "/evaluation?format=xlsx").raw()))) {
            assertThat(rowStartingWith(workbook.getSheetAt(0), "总分").getCell(7).getStringCellValue())
                    .isEqualTo("未设绩效目标，不评等级");
        }
        String page = new String(app.accountant().get(books.year + "/evaluation?format=html").raw(), StandardCharsets.UTF_8);
        assertThat(page).contains("未设绩效目标，不评等级").doesNotContain("评价等级：");
    }

    /** Item 9 of issue 15: the warning names the deviation it measures, and has no stray space ("预算编制准确率 为"). */
    @Test
    void the_missed_accuracy_warning_says_it_is_a_deviation() {
        Bookkeeping books = IndicatorsApiTest.theYear("403007");
        created(books.target(new PerformanceTargetRequest(null, "产出指标", "质量指标", "预算编制准确率", "≤", "5", "%", "30", "反向")));
        app.awaitReadModels();

        JsonNode standing = app.as("manager").get(books.year + "/warnings?asOf=2025-12-31").body().path("states").get(0);

        List<String> messages = new ArrayList<>();
        standing.path("warnings").forEach(warning -> messages.add(warning.path("message").asText()));
        assertThat(messages).contains("预算编制准确率（实为偏差率 ∣执行−年初∣/年初，越低越好）为 7.50%，未达绩效目标 ≤5%");
    }

    /** formats.md §4 and §5: a qualitative row in a targets file; 完成等级 and 得分 in an actuals file. */
    @Test
    void qualitative_targets_and_their_levels_are_imported() {
        Bookkeeping books = IndicatorsApiTest.theYear("403006");
        String targets = """
                单位代码,年度,项目编码,一级指标,二级指标,三级指标,指标性质,指标值,度量单位,权重,指标方向
                403006,2025,P-SPEC,产出指标,时效指标,社会保障卡申领,定性,即办即领,,20,正向
                403006,2025,P-SPEC,满意度指标,服务对象满意度指标,群众满意度,≥,90,%,10,正向
                """;
        String unknownLevel = """
                单位代码,年度,项目编码,三级指标,实际完成值,完成等级,得分
                403006,2025,P-SPEC,社会保障卡申领,,很好,18
                """;
        String outsideTheBand = """
                单位代码,年度,项目编码,三级指标,完成等级,得分
                403006,2025,P-SPEC,社会保障卡申领,未达成,13
                """;
        String aNumberForALevel = """
                单位代码,年度,项目编码,三级指标,实际完成值
                403006,2025,P-SPEC,社会保障卡申领,95
                """;
        String actuals = """
                单位代码,年度,项目编码,三级指标,实际完成值,完成等级,得分,偏差原因
                403006,2025,P-SPEC,社会保障卡申领,,达成,18,全市网点即办即领，个别网点偶有排队
                403006,2025,P-SPEC,群众满意度,95,,,
                """;
        String aLevelWithoutAReason = """
                单位代码,年度,项目编码,三级指标,完成等级,得分
                403006,2025,P-SPEC,社会保障卡申领,达成,18
                """;

        Api.Response targetsImported = app.accountant().upload("/api/imports/targets", "targets.csv", utf8(targets));
        app.awaitReadModels();
        Api.Response unknown = app.accountant().upload("/api/imports/actuals", "actuals.csv", utf8(unknownLevel));
        Api.Response outside = app.accountant().upload("/api/imports/actuals", "actuals.csv", utf8(outsideTheBand));
        Api.Response aNumber = app.accountant().upload("/api/imports/actuals", "actuals.csv", utf8(aNumberForALevel));
        Api.Response noReason = app.accountant().upload("/api/imports/actuals", "actuals.csv", utf8(aLevelWithoutAReason));
        Api.Response actualsImported = app.accountant().upload("/api/imports/actuals", "actuals.csv", utf8(actuals));
        app.awaitReadModels();

        assertThat(targetsImported.status()).as("%s", targetsImported.body()).isEqualTo(200);
        assertThat(targetsImported.body().path("recorded").asInt()).isEqualTo(2);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("errors").get(0).path("column").asText()).isEqualTo("完成等级");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body().path("errors").get(0).path("column").asText()).isEqualTo("得分");
        assertThat(outside.body().path("errors").get(0).path("message").asText()).contains("未达成", "0 至 12 分");
        assertThat(aNumber.status()).isEqualTo(422);
        assertThat(aNumber.body().path("errors").get(0).path("column").asText()).isEqualTo("实际完成值");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().path("errors").get(0).path("column").asText()).isEqualTo("偏差原因");
        assertThat(actualsImported.body().path("recorded").asInt()).as("%s", actualsImported.body()).isEqualTo(2);
        JsonNode spec = app.as("manager").get(books.year + "/evaluation").body().path("projects").get(0);
        assertThat(scores(spec)).containsExactly("社会保障卡申领 定性即办即领 达成 20 18.00", "群众满意度 ≥90 95.00 10 10.00");
    }

    static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sample(String kind) throws IOException {
        try (InputStream in = EvaluationApiTest.class.getResourceAsStream("/samples/" + kind + "-302002-2025.csv")) {
            return in.readAllBytes();
        }
    }

    static List<String> scores(JsonNode scope) {
        List<String> scores = new ArrayList<>();
        for (JsonNode indicator : scope.path("indicators")) {
            scores.add(indicator.path("name").asText() + " " + indicator.path("comparator").asText()
                    + indicator.path("target").asText() + " " + (indicator.path("actual").isNull() ? "null"
                    : indicator.path("actual").asText()) + " " + indicator.path("weight").asText() + " "
                    + indicator.path("score").asText());
        }
        return scores;
    }

    static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }

    static void created(Api.Response response) {
        Bookkeeping.created(response);
    }
}
