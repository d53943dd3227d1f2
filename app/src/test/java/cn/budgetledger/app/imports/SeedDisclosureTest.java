package cn.budgetledger.app.imports;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three published unit budgets of ../shared/seeds, transcribed into the budget-lines files shipped
 * in samples/, imported through the HTTP API: the public tables must show every published cell to the
 * 0.01 万元, 尾差 included. The expected cells (seeds/expected-*.json) list only what each seed publishes.
 *
 * Where a seed contradicts itself (each expected file's "notes" give the detail), the tables are followed:
 * - 503019: 表3/表5-1 合计 1116.03 while its 类 rows add to 1116.02 (and 基本支出 936.46 vs 936.45, 人员经费
 *   871.86 vs 871.85); 表6 302 商品和服务支出 64.60 while its 款 rows add to 64.59 — 尾差 of exact sums,
 *   reproduced. 表11 splits 人员类 878.28 / 运转类 58.18 where 表5-1 says 人员经费 871.86 / 公用经费 64.60:
 *   the tables' split by economic subject (301/303 = 人员经费) is what the ledger computes.
 * - 302002: 表1-1 prints the unit code 321001, the other tables 302002 (302002 used); 表3-1 人员经费 565.69
 *   while 301 565.66 + 303 0.02 = 565.68, and 2080150 473.77 while its lines add to 473.76 — 尾差, reproduced.
 * - 126002: the text calls the 100.17 total 一般公共服务支出 though it splits it into 208/210/221, and prints
 *   住房保障 6.98 as 3.97 % of 100.17 (it is 6.97 %); 机关运行经费 7.39 while its items add to 7.38 — 尾差,
 *   reproduced.
 */
class SeedDisclosureTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();
    static Api accountant;
    static Api manager;

    @BeforeAll
    static void signIn() {
        accountant = app.accountant();
        manager = app.as("manager");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"503019", "302002", "126002"})
    void theSampleBudgetReproducesEveryPublishedCell(String unit) {
        // given the budget-lines file shipped for the seed, imported
        Api.Response imported = accountant.upload("/api/imports/budget-lines", "budget-lines-" + unit + "-2025.csv",
                resource("/samples/budget-lines-" + unit + "-2025.csv"));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.body().path("refused")).isEmpty();
        JsonNode expected = Api.json(new String(resource("/seeds/expected-" + unit + "-2025.json"), StandardCharsets.UTF_8));

        // when the public tables of the original budget are asked
        String path = "/api/units/" + unit + "/years/2025/disclosure?basis=original";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(manager.get(path).body().path("incomeBySource").path("total").asText())
                        .isEqualTo(expected.path("incomeBySource").path("total").asText()));
        JsonNode actual = manager.get(path).body();

        // then every published cell is there, to the 0.01 万元
        SoftAssertions softly = new SoftAssertions();
        for (String table : List.of("expenditureByFunction", "basicByEconomic", "projects")) {
            for (JsonNode expectedRow : expected.path(table)) {
                JsonNode actualRow = rowWithCode(actual.path(table), expectedRow.path("code").asText());
                softly.assertThat(actualRow).as(table + " row " + expectedRow.path("code").asText()).isNotNull();
                if (actualRow != null) {
                    fields(expectedRow).forEach(field -> softly.assertThat(actualRow.path(field).asText())
                            .as(table + " " + expectedRow.path("code").asText() + " " + field)
                            .isEqualTo(expectedRow.path(field).asText()));
                }
            }
        }
        for (String table : List.of("threePublic", "incomeBySource")) {
            fields(expected.path(table)).forEach(field -> softly.assertThat(actual.path(table).path(field).asText())
                    .as(table + " " + field).isEqualTo(expected.path(table).path(field).asText()));
        }
        softly.assertThat(codes(actual.path("projects"))).as("projects").isEqualTo(codes(expected.path("projects")));
        softly.assertAll();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"503019", "302002"})
    void theCompleteSetOfTablesReproducesEveryPublishedCell(String unit) {
        // given the seed's budget lines (and, where published, its targets) imported
        importSample(unit);
        if (resourceExists("/samples/targets-" + unit + "-2025.csv")) {
            Api.Response targets = accountant.upload("/api/imports/targets", "targets-" + unit + "-2025.csv",
                    resource("/samples/targets-" + unit + "-2025.csv"));
            assertThat(targets.status()).as(targets.body().toString()).isEqualTo(200);
        }
        JsonNode expected = Api.json(new String(resource("/seeds/expected-" + unit + "-2025.json"), StandardCharsets.UTF_8));

        // when the public tables of the original budget are asked
        String path = "/api/units/" + unit + "/years/2025/disclosure?basis=original";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(manager.get(path).body()
                .path("performanceTargets").size()).isEqualTo(expected.path("performanceTargets").size()));
        JsonNode actual = manager.get(path).body();

        // then every cell the seed prints in 表1 收支总表 … 表9 is there, zero rows included, to the 0.01 万元
        SoftAssertions softly = new SoftAssertions();
        expected.path("complete").fields().forEachRemaining(table -> {
            JsonNode rows = table(actual, table.getKey());
            for (JsonNode expectedRow : table.getValue()) {
                String code = expectedRow.path("code").asText();
                JsonNode actualRow = rowWithCode(rows, code);
                softly.assertThat(actualRow).as(table.getKey() + " row " + code).isNotNull();
                if (actualRow != null) {
                    sameCells(softly, table.getKey() + " " + code, expectedRow, actualRow);
                }
            }
        });
        // and where a seed prints a table whole, exactly its rows, in its order (合计 first)
        expected.path("completeRowsExactly").forEach(table -> softly.assertThat(codes(table(actual, table.asText())))
                .as(table.asText()).isEqualTo(codes(expected.path("complete").path(table.asText()))));
        sameCells(softly, "threePublicGovernmentFunds", expected.path("threePublicGovernmentFunds"),
                actual.path("threePublicGovernmentFunds"));
        // and the 项目支出表 columns, the 绩效目标表 rows with each project's budget
        for (JsonNode expectedRow : expected.path("projectColumns")) {
            sameCells(softly, "projects " + expectedRow.path("code").asText(), expectedRow,
                    rowWithCode(actual.path("projects"), expectedRow.path("code").asText()));
        }
        for (int i = 0; i < expected.path("performanceTargets").size(); i++) {
            sameCells(softly, "performanceTargets " + i, expected.path("performanceTargets").get(i),
                    actual.path("performanceTargets").get(i));
        }
        softly.assertAll();
    }

    @Test
    void whereASeedPublishesATableWhole_theLedgerListsExactlyItsRows() {
        // given 503019, whose 表3 lists every 类/款/项 and 表6 every 类/款 of 基本支出
        importSample("503019");
        JsonNode expected = Api.json(new String(resource("/seeds/expected-503019-2025.json"), StandardCharsets.UTF_8));

        // when its tables are asked
        JsonNode actual = manager.get("/api/units/503019/years/2025/disclosure").body();

        // then the rows are those published, in the published order (a 类 before its 款, a 款 before its 项)
        assertThat(codes(actual.path("expenditureByFunction"))).isEqualTo(codes(expected.path("expenditureByFunction")));
        assertThat(codes(actual.path("basicByEconomic"))).isEqualTo(codes(expected.path("basicByEconomic")));
    }

    @Test
    void theWorkbookHoldsTheSameTables_oneSheetEach_inWanYuan() throws IOException {
        // given 302002 imported
        importSample("302002");

        // when the tables are asked as a workbook
        Api.Response response = manager.get("/api/units/302002/years/2025/disclosure?format=xlsx");

        // then there is a sheet per table, the seeds' tables once each in the seeds' order, then the detail tables
        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.raw()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("表1 收支总表", "表2 收入总表", "表3 支出总表", "表4 财政拨款收支总表",
                    "表5-1 一般公共预算支出表", "表5-2 一般公共预算支出表（分单位）", "表6 一般公共预算基本支出表", "表7 三公经费",
                    "表8 政府性基金预算支出表", "表8-1 政府性基金三公经费", "表9 国有资本经营预算支出表", "表10 项目支出表",
                    "表11 绩效目标表", "支出功能分类", "基本支出经济分类");

            // and each seeds' sheet is titled with the unit, year, basis and filter, 合计 first, numbers in 万元
            Sheet summary = workbook.getSheet("表1 收支总表");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("达州市人力资源和社会保障信息管理中心 2025 年收支总表（年初预算，资金来源：全部）");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("一般公共预算拨款收入");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(618.22);
            assertThat(summary.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(summary.getRow(3).getCell(2).getStringCellValue()).isEqualTo("一般公共服务支出");
            assertThat(summary.getRow(3).getCell(3).getNumericCellValue()).isZero();
            assertThat(summary.getRow(10).getCell(2).getStringCellValue()).isEqualTo("社会保障和就业支出");
            assertThat(summary.getRow(10).getCell(3).getNumericCellValue()).isEqualTo(540.66);
            assertThat(summary.getRow(3).getLastCellNum()).as("no 上年/增减 without a previous year").isEqualTo((short) 4);
            Sheet basic = workbook.getSheet("表6 一般公共预算基本支出表");
            assertThat(List.of(basic.getRow(2).getCell(0).getStringCellValue(), basic.getRow(3).getCell(0).getStringCellValue(),
                    basic.getRow(4).getCell(0).getStringCellValue())).containsExactly("科目编码", "合计", "301");
            assertThat(List.of(basic.getRow(3).getCell(2).getNumericCellValue(), basic.getRow(3).getCell(3).getNumericCellValue(),
                    basic.getRow(3).getCell(4).getNumericCellValue())).containsExactly(618.22, 565.69, 52.53);
            Sheet funds = workbook.getSheet("表8 政府性基金预算支出表");
            assertThat(funds.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(funds.getRow(3).getCell(2).getNumericCellValue()).isZero();
            assertThat(funds.getRow(4).getCell(0).getStringCellValue()).isEqualTo("说明：2025年无政府性基金预算安排的支出。");
            // and the empty "三公" table and 项目支出表 say so in seed 001's words (表3-3, 表3-2)
            Sheet three = workbook.getSheet("表7 三公经费");
            assertThat(three.getRow(2).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(three.getRow(3).getCell(0).getNumericCellValue()).isZero();
            assertThat(three.getRow(4).getCell(0).getStringCellValue()).isEqualTo("备注：此表无数据。");
            Sheet projects = workbook.getSheet("表10 项目支出表");
            assertThat(projects.getRow(2).getCell(2).getStringCellValue()).isEqualTo("项目单位");
            assertThat(projects.getRow(3).getCell(0).getStringCellValue()).isEqualTo("备注：此表无数据。");
            Sheet functions = workbook.getSheet("支出功能分类");
            assertThat(functions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位：万元");
            assertThat(functions.getRow(2).getCell(2).getStringCellValue()).isEqualTo("合计");
            var total = functions.getRow(functions.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(618.22);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(565.69);
        }
    }

    @Test
    void aFundSourceFilterLeavesOtherSourcesOut() {
        // given 126002, funded wholly by 一般公共预算拨款
        importSample("126002");

        // when only 事业收入 is asked
        JsonNode actual = manager.get("/api/units/126002/years/2025/disclosure?fundSource="
                + Api.query("事业收入")).body();

        // then nothing is there but zeros, and the income table lists only that source
        assertThat(actual.path("incomeBySource").toString()).isEqualTo("{\"total\":\"0.00\",\"事业收入\":\"0.00\"}");
        assertThat(codes(actual.path("expenditureByFunction"))).containsExactly("合计");
    }

    private static void importSample(String unit) {
        Api.Response imported = accountant.upload("/api/imports/budget-lines", "budget-lines-" + unit + "-2025.csv",
                resource("/samples/budget-lines-" + unit + "-2025.csv"));
        assertThat(imported.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !manager.get("/api/units/" + unit + "/years/2025/disclosure").body().path("projects").isMissingNode()
                        && !"0.00".equals(manager.get("/api/units/" + unit + "/years/2025/disclosure").body()
                        .path("incomeBySource").path("total").asText()));
    }

    private static boolean resourceExists(String path) {
        return SeedDisclosureTest.class.getResource(path) != null;
    }

    /** A table of the complete set: name, or name.income / name.expenditure for a 收支 table's side. */
    private static JsonNode table(JsonNode tables, String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? tables.path(name) : tables.path(name.substring(0, dot)).path(name.substring(dot + 1));
    }

    /** Every cell of expected (nested objects cell by cell) equals actual's. */
    private static void sameCells(SoftAssertions softly, String what, JsonNode expected, JsonNode actual) {
        for (String field : fields(expected)) {
            if (expected.path(field).isObject()) {
                sameCells(softly, what + " " + field, expected.path(field), actual == null ? null : actual.path(field));
            } else {
                softly.assertThat(actual == null ? null : actual.path(field).asText()).as(what + " " + field)
                        .isEqualTo(expected.path(field).asText());
            }
        }
    }

    private static JsonNode rowWithCode(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.path("code").asText()));
        return codes;
    }

    private static List<String> fields(JsonNode object) {
        List<String> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            fields.add(it.next().getKey());
        }
        return fields;
    }

    static byte[] resource(String path) {
        try (InputStream in = SeedDisclosureTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
