package cn.budgetledger.app.imports;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Imports through the HTTP API on the real application: formats, checks, idempotence, refusals, progress. */
class ImportsTest {

    static final String LINES_HEADER = "单位代码,单位名称,年度,功能科目编码,经济科目编码,项目编码,项目名称,项目类别,资金来源,金额,批复文号,功能科目名称,经济科目名称";
    static final String PAYMENTS_HEADER = "单位代码,年度,凭证号,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额,收款人,摘要,冲销凭证号";
    static final String ADJUSTMENTS_HEADER = "单位代码,年度,调整单号,调整日期,调整类型,功能科目编码,经济科目编码,项目编码,资金来源,调整金额,项目名称,项目类别,事由";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    /** A budget of two lines: 运维费 10,000.00 (特定目标类) and 办公费 5,000.00 (公用经费). */
    static Api.Response givenBudget(String unit) {
        Api.Response imported = importCsv("budget-lines", LINES_HEADER,
                unit + ",测试单位" + unit + ",2025,2080199,30213,P" + unit + "T1,系统运维,特定目标类,一般公共预算拨款,\"10,000.00\",,,",
                unit + ",测试单位" + unit + ",2025,2080150,30201,P" + unit + "G1,日常公用经费,公用经费,一般公共预算拨款,5000,,,");
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        awaitFigure(unit, "original", "15000.00");
        return imported;
    }

    @Test
    void each_kind_of_file_offers_its_columns_and_a_template_that_excel_opens() {
        // when an accountant asks for the payments file's columns and its template
        JsonNode columns = app.accountant().get("/api/imports/payments/columns").body();
        Api.Response template = app.accountant().get("/api/imports/payments/template");

        // then the columns are the ones the import checks, and the template's header row names them, required first
        assertThat(columns.path("required").toString()).contains("凭证号", "支付日期", "功能科目编码", "金额");
        assertThat(columns.path("optional").toString()).contains("收款人", "冲销凭证号");
        assertThat(template.status()).isEqualTo(200);
        assertThat(Arrays.copyOf(template.raw(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String header = new String(template.raw(), StandardCharsets.UTF_8).substring(1).strip();
        assertThat(header).startsWith("单位代码,年度,凭证号").contains("收款人");
        List<String> all = new ArrayList<>();
        columns.path("required").forEach(column -> all.add(column.asText()));
        columns.path("optional").forEach(column -> all.add(column.asText()));
        assertThat(header).isEqualTo(String.join(",", all));
        assertThat(app.accountant().get("/api/imports/nothing/template").status()).isEqualTo(404);
    }

    @Test
    void aBudgetLinesFileReSentChangesNothing() {
        // given a budget imported once
        Api.Response first = givenBudget("710001");
        assertThat(first.body().toString()).isEqualTo("{\"rows\":2,\"recorded\":2,\"unchanged\":0,\"refused\":[]}");

        // when the same file is sent again
        Api.Response again = importCsv("budget-lines", LINES_HEADER,
                "710001,测试单位710001,2025,2080199,30213,P710001T1,系统运维,特定目标类,一般公共预算拨款,\"10,000.00\",,,",
                "710001,测试单位710001,2025,2080150,30201,P710001G1,日常公用经费,公用经费,一般公共预算拨款,5000,,,");

        // then every row is unchanged and the budget is what it was
        assertThat(again.body().toString()).isEqualTo("{\"rows\":2,\"recorded\":0,\"unchanged\":2,\"refused\":[]}");
        assertThat(budget("710001").path("totals").path("original").asText()).isEqualTo("15000.00");
    }

    @Test
    void rowsOfTheSameLineAddUp_andAGivenDocumentNumberGroupsRows() {
        // given two rows of one line under one 批复文号 and a third without number
        Api.Response imported = importCsv("budget-lines", LINES_HEADER,
                "710002,测试单位,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,100.10,鄂财预〔2025〕1号,,",
                "710002,测试单位,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,200.20,鄂财预〔2025〕1号,,",
                "710002,测试单位,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,0.01,,,");

        // then all three are recorded, and the line holds their sum
        assertThat(imported.body().path("recorded").asInt()).isEqualTo(3);
        awaitFigure("710002", "original", "300.31");
        assertThat(budget("710002").path("lines")).hasSize(1);
    }

    @Test
    void everyBadRowOfABudgetLinesFileIsListed_andNothingIsRecorded() {
        // given a file with a bad cell of every kind on its rows 2 to 7 and a good row 8
        Api.Response response = importCsv("budget-lines", LINES_HEADER,
                "710003,测试单位,2025,208015,30213,P1,系统运维,特定目标类,一般公共预算拨款,100,,,",
                "710003,测试单位,2025,2080199,3021,P1,系统运维,特定目标类,一般公共预算拨款,100,,,",
                "710003,测试单位,2025,2080199,30213,P1,系统运维,专项类,一般公共预算拨款,100,,,",
                "710003,测试单位,2025,2080199,30213,P1,系统运维,特定目标类,自有资金,100,,,",
                "710003,测试单位,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,12a,,,",
                "710003,,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,-5,,,",
                "710003,测试单位,2025,2080199,30213,P1,系统运维,特定目标类,一般公共预算拨款,100,,,");

        // then 422 lists each bad row with its column and a reason in Chinese
        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).extracting("row", "column").containsExactly(
                tuple(2, "功能科目编码"), tuple(3, "经济科目编码"), tuple(4, "项目类别"), tuple(5, "资金来源"),
                tuple(6, "金额"), tuple(7, "单位名称"), tuple(7, "金额"));
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("功能科目编码应为 7 位数字");
        // and the good row was not recorded either: the year was never opened
        assertThat(app.accountant().get("/api/units/710003/years/2025").status()).isEqualTo(404);
    }

    @Test
    void aMissingColumnIsAnErrorOfTheHeader() {
        // when a payments file lacks 凭证号
        Api.Response response = importCsv("payments", "单位代码,年度,支付日期,功能科目编码,经济科目编码,项目编码,资金来源,金额",
                "710004,2025,2025-03-01,2080199,30213,P1,一般公共预算拨款,1");

        // then row 1 (the header) names the missing column
        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).extracting("row", "column").containsExactly(tuple(1, "凭证号"));
    }

    @Test
    void everyBadRowOfAPaymentsFileIsListed_andNothingIsRecorded() {
        // given a budget with payment V1 of 100.00 recorded
        givenBudget("710005");
        assertThat(importCsv("payments", PAYMENTS_HEADER,
                "710005,2025,V1,2025-02-01,2080199,30213,P710005T1,一般公共预算拨款,100.00,某公司,运维,").status())
                .isEqualTo(200);

        // when a file has an unknown line, dates outside the year or malformed, a voucher twice, reversals
        // of an unknown voucher and with the wrong amount, and a unit-year that does not exist
        Api.Response response = importCsv("payments", PAYMENTS_HEADER,
                "710005,2025,V2,2025-03-01,2080199,30299,P710005T1,一般公共预算拨款,1,,,",
                "710005,2025,V3,2024-12-31,2080199,30213,P710005T1,一般公共预算拨款,1,,,",
                "710005,2025,V4,2025-02-30,2080199,30213,P710005T1,一般公共预算拨款,1,,,",
                "710005,2025,V5,2025-03-01,2080199,30213,P710005T1,一般公共预算拨款,1,,,",
                "710005,2025,V5,2025-03-02,2080199,30213,P710005T1,一般公共预算拨款,2,,,",
                "710005,2025,R1,2025-03-03,2080199,30213,P710005T1,一般公共预算拨款,1,,,NOPE",
                "710005,2025,R2,2025-03-03,2080199,30213,P710005T1,一般公共预算拨款,99.99,,,V1",
                "719999,2025,V6,2025-03-01,2080199,30213,P1,一般公共预算拨款,1,,,");

        // then each is listed (the unknown line by the code no line has: 30299), and V5 (row 5) was fine but is not
        // recorded
        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).extracting("row", "column").containsExactly(
                tuple(2, "经济科目编码"), tuple(3, "支付日期"), tuple(4, "支付日期"), tuple(6, "凭证号"),
                tuple(7, "冲销凭证号"), tuple(8, "金额"), tuple(9, "单位代码"));
        assertThat(budget("710005").path("totals").path("executed").asText()).isEqualTo("100.00");
    }

    @Test
    void aPaymentThatWouldOverdrawIsRefusedAndListed_reversalsComeBack() {
        // given 办公费 of 5,000.00
        givenBudget("710006");

        // when a journal pays 3,000, then 3,000 (too much), reverses the first, then pays 4,000
        Api.Response response = importCsv("payments", PAYMENTS_HEADER,
                "710006,2025,P-1,2025-04-01,2080150,30201,P710006G1,一般公共预算拨款,3000,文具店,办公用品,",
                "710006,2025,P-2,2025-04-02,2080150,30201,P710006G1,一般公共预算拨款,3000,文具店,办公用品,",
                "710006,2025,H-1,2025-04-03,2080150,30201,P710006G1,一般公共预算拨款,3000,,退货,P-1",
                "710006,2025,P-3,2025-04-04,2080150,30201,P710006G1,一般公共预算拨款,4000,文具店,办公用品,");

        // then P-2 is refused and listed; the rest is recorded
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("rows").asInt()).isEqualTo(4);
        assertThat(response.body().path("recorded").asInt()).isEqualTo(3);
        assertThat(response.body().path("refused")).hasSize(1);
        assertThat(response.body().path("refused").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(response.body().path("refused").get(0).path("voucher").asText()).isEqualTo("P-2");
        assertThat(response.body().path("refused").get(0).path("reason").asText()).contains("拒付").contains("2,000.00");
        awaitFigure("710006", "executed", "4000.00");
    }

    @Test
    void aPaymentsFileIntoAYearThatRequiresReviewIsEnteredRowByRowAwaitingReview() {
        // given a budget whose year requires review
        givenBudget("710017");
        assertThat(app.as("admin").put("/api/admin/units/710017/years/2025/review", "{\"required\":true}").status())
                .isEqualTo(201);

        // when a journal of two payments is imported
        Api.Response response = importCsv("payments", PAYMENTS_HEADER,
                "710017,2025,S-1,2025-05-01,2080199,30213,P710017T1,一般公共预算拨款,100,甲,运维,",
                "710017,2025,S-2,2025-05-02,2080199,30213,P710017T1,一般公共预算拨款,200,乙,运维,");

        // then both await review: nothing is executed yet
        assertThat(response.body().toString())
                .isEqualTo("{\"rows\":2,\"recorded\":0,\"unchanged\":0,\"awaitingReview\":2,\"refused\":[]}");
        awaitFigure("710017", "awaitingReview", "300.00");
        assertThat(budget("710017").path("totals").path("executed").asText()).isEqualTo("0.00");
    }

    @Test
    void aPaymentsFileReSentChangesNothing() {
        // given a journal recorded once
        givenBudget("710007");
        String[] rows = {
                "710007,2025,A-1,2025-05-01,2080199,30213,P710007T1,一般公共预算拨款,100,甲,运维,",
                "710007,2025,A-2,2025-05-02,2080199,30213,P710007T1,一般公共预算拨款,200,乙,运维,",
                "710007,2025,A-3,2025-05-03,2080199,30213,P710007T1,一般公共预算拨款,100,,冲销,A-1"};
        assertThat(importCsv("payments", PAYMENTS_HEADER, rows).body().path("recorded").asInt()).isEqualTo(3);

        // when it is sent again
        Api.Response again = importCsv("payments", PAYMENTS_HEADER, rows);

        // then nothing changes
        assertThat(again.body().toString()).isEqualTo("{\"rows\":3,\"recorded\":0,\"unchanged\":3,\"refused\":[]}");
        awaitFigure("710007", "executed", "200.00");
    }

    @Test
    void gb18030AndUtf8WithBom_thousandsSeparatorsAndSlashedDates() {
        // given a budget
        givenBudget("710008");
        String row1 = "710008,2025,G-1,2025/3/5,2080199,30213,P710008T1,一般公共预算拨款,\"1,000.50\",某某科技有限公司,运维费,";
        String row2 = "710008,2025,U-1,2025-03-06,2080199,30213,P710008T1,一般公共预算拨款,2000,某某科技有限公司,运维费,";

        // when one journal comes as Excel saves it in China (GB18030) and one as UTF-8 with BOM
        Api.Response gb = app.accountant().upload("/api/imports/payments", "支付.csv",
                (PAYMENTS_HEADER + "\r\n" + row1 + "\r\n").getBytes(Charset.forName("GB18030")));
        Api.Response bom = app.accountant().upload("/api/imports/payments", "支付.csv",
                withBom((PAYMENTS_HEADER + "\n" + row2 + "\n").getBytes(StandardCharsets.UTF_8)));

        // then both are read, payee names and all
        assertThat(gb.body().path("recorded").asInt()).as(gb.body().toString()).isEqualTo(1);
        assertThat(bom.body().path("recorded").asInt()).as(bom.body().toString()).isEqualTo(1);
        awaitFigure("710008", "executed", "3000.50");
        JsonNode line = null;
        for (JsonNode candidate : budget("710008").path("lines")) {
            if (candidate.path("economicCode").asText().equals("30213")) {
                line = candidate;
            }
        }
        JsonNode history = app.accountant().get("/api/units/710008/years/2025/lines/" + line.path("lineId").asText()
                + "/history").body();
        assertThat(history.toString()).contains("某某科技有限公司").contains("2025-03-05");
    }

    @Test
    void anXlsxJournalIsRead_dateCellsAndNumberCellsIncluded() throws IOException {
        // given a budget and a workbook made in Excel's format, with real date and number cells
        givenBudget("710009");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("支付");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy年m月d日"));
            Row header = sheet.createRow(0);
            String[] columns = PAYMENTS_HEADER.split(",");
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(710009);
                row.createCell(1).setCellValue(2025);
                row.createCell(2).setCellValue("X-" + i);
                row.createCell(3).setCellValue(LocalDate.of(2025, 6, i));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(2080199);
                row.createCell(5).setCellValue(30213);
                row.createCell(6).setCellValue("P710009T1");
                row.createCell(7).setCellValue("一般公共预算拨款");
                row.createCell(8).setCellValue(1234.56);
                row.createCell(9).setCellValue("某公司");
            }
            book.write(out);
            workbook = out.toByteArray();
        }

        // when it is imported
        Api.Response response = app.accountant().upload("/api/imports/payments", "支付.xlsx", workbook);

        // then its three payments are recorded
        assertThat(response.body().toString()).isEqualTo("{\"rows\":3,\"recorded\":3,\"unchanged\":0,\"refused\":[]}");
        awaitFigure("710009", "executed", "3703.68");
    }

    @Test
    void anAdjustmentsFileMovesMoneyAndOpensLines_documentsByNumber() {
        // given a budget
        givenBudget("710010");

        // when a 调剂 of two entries and a 追加 opening a new line are imported
        Api.Response response = importCsv("adjustments", ADJUSTMENTS_HEADER,
                "710010,2025,TZ-1,2025-07-01,调剂,2080199,30213,P710010T1,一般公共预算拨款,-1000,,,运维费调剂",
                "710010,2025,TZ-1,2025-07-01,调剂,2080150,30201,P710010G1,一般公共预算拨款,1000,,,",
                "710010,2025,ZJ-1,2025/7/2,追加,2080199,31002,P710010T1,一般公共预算拨款,500,系统运维,特定目标类,设备");

        // then three entries are recorded as two documents, and the figures move
        assertThat(response.body().toString()).isEqualTo("{\"rows\":3,\"recorded\":3,\"unchanged\":0,\"refused\":[]}");
        awaitFigure("710010", "adjusted", "15500.00");
        assertThat(budget("710010").path("lines")).hasSize(3);
        // and sent again, nothing changes
        assertThat(importCsv("adjustments", ADJUSTMENTS_HEADER,
                "710010,2025,TZ-1,2025-07-01,调剂,2080199,30213,P710010T1,一般公共预算拨款,-1000,,,运维费调剂",
                "710010,2025,TZ-1,2025-07-01,调剂,2080150,30201,P710010G1,一般公共预算拨款,1000,,,",
                "710010,2025,ZJ-1,2025/7/2,追加,2080199,31002,P710010T1,一般公共预算拨款,500,系统运维,特定目标类,设备")
                .body().path("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void badAdjustmentRowsAreListed() {
        // given a budget
        givenBudget("710011");

        // when a 调剂 does not sum to zero, a 追加 is negative, a type is unknown and a new line lacks its project
        Api.Response response = importCsv("adjustments", ADJUSTMENTS_HEADER,
                "710011,2025,TZ-1,2025-07-01,调剂,2080199,30213,P710011T1,一般公共预算拨款,-1000,,,",
                "710011,2025,TZ-1,2025-07-01,调剂,2080150,30201,P710011G1,一般公共预算拨款,900,,,",
                "710011,2025,ZJ-1,2025-07-01,追加,2080199,30213,P710011T1,一般公共预算拨款,-5,,,",
                "710011,2025,XX-1,2025-07-01,划转,2080199,30213,P710011T1,一般公共预算拨款,5,,,",
                "710011,2025,ZJ-2,2025-07-01,追加,2080199,39999,P710011T1,一般公共预算拨款,5,,,");

        // then every bad row is listed and nothing is recorded
        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response)).extracting("row", "column").containsExactly(
                tuple(2, "调整金额"), tuple(4, "调整金额"), tuple(5, "调整类型"), tuple(6, "项目编码"));
        assertThat(budget("710011").path("totals").path("adjusted").asText()).isEqualTo("15000.00");
    }

    @Test
    void reallocationsThatCrossFundSourcesOrRaiseThreePublicLinesAreListed_andNothingIsRecorded() {
        // given a budget of two 一般公共预算拨款 lines
        givenBudget("710131");

        // when one 调剂 moves 一般公共预算 money onto a new 政府性基金 line, another onto a new 公务接待费 line,
        // beside a 追加 that is fine
        Api.Response response = importCsv("adjustments", ADJUSTMENTS_HEADER,
                "710131,2025,TZ-1,2025-07-01,调剂,2080199,30213,P710131T1,一般公共预算拨款,-1000,,,",
                "710131,2025,TZ-1,2025-07-01,调剂,2120801,30213,P710131T1,政府性基金预算拨款,1000,系统运维,特定目标类,",
                "710131,2025,TZ-2,2025-07-01,调剂,2080150,30201,P710131G1,一般公共预算拨款,-300,,,",
                "710131,2025,TZ-2,2025-07-01,调剂,2080150,30217,P710131G1,一般公共预算拨款,300,日常公用经费,公用经费,接待",
                "710131,2025,ZJ-1,2025-07-01,追加,2080150,30201,P710131G1,一般公共预算拨款,100,,,");

        // then both documents are refused whole, each with its rule, and nothing is recorded
        assertThat(response.status()).isEqualTo(422);
        List<RowErrorSeen> errors = errors(response);
        assertThat(errors).extracting("row", "column").containsExactly(tuple(2, "调整金额"), tuple(5, "调整金额"));
        assertThat(errors.get(0).message()).contains("调整单 TZ-1", "专款专用", "政府性基金预算拨款 调入 1,000.00 元");
        assertThat(errors.get(1).message()).contains("调整单 TZ-2", "三公经费只减不增", "30217");
        assertThat(budget("710131").path("totals").path("adjusted").asText()).isEqualTo("15000.00");
        assertThat(budget("710131").path("lines")).hasSize(2);
    }

    @Test
    void aNameGivenForACodeTheCatalogueLacksIsLearned_andUsedByTheTables() {
        // given a budget line coded 2129999 / 31098, which the shipped catalogue does not name
        Api.Response imported = importCsv("budget-lines", LINES_HEADER,
                "710012,测试单位,2025,2129999,31098,P1,社区项目,特定目标类,一般公共预算拨款,100,,其他城乡社区支出,其他购置");
        assertThat(imported.status()).isEqualTo(200);

        // when the public tables are asked
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                app.accountant().get("/api/units/710012/years/2025/disclosure").body().path("expenditureByFunction").toString())
                .contains("\"code\":\"2129999\",\"name\":\"其他城乡社区支出\""));

        // then the 类 keeps its catalogue name and the 项 has the learned one
        JsonNode rows = app.accountant().get("/api/units/710012/years/2025/disclosure").body().path("expenditureByFunction");
        assertThat(rows.get(0).path("name").asText()).isEqualTo("城乡社区支出");
    }

    @Test
    void progressCanBeFollowedUnderTheCallersId() {
        // given a budget
        givenBudget("710013");

        // when a journal is imported under an id of the caller's
        Api.Response response = app.accountant().upload("/api/imports/payments?progressId=journal-710013", "j.csv",
                (PAYMENTS_HEADER + "\n710013,2025,Q-1,2025-08-01,2080199,30213,P710013T1,一般公共预算拨款,1,,,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);

        // then its progress says done, with its row counts
        JsonNode progress = app.accountant().get("/api/imports/journal-710013/progress").body();
        assertThat(progress.path("phase").asText()).isEqualTo("DONE");
        assertThat(progress.path("rows").asInt()).isEqualTo(1);
        assertThat(progress.path("rowsRecorded").asInt()).isEqualTo(1);
        assertThat(app.accountant().get("/api/imports/no-such-import/progress").status()).isEqualTo(404);
    }

    @Test
    void anUnknownKindIsNotFound_andAManagerMayNotImport() {
        assertThat(importCsv("receipts", "单位代码", "710014").status()).isEqualTo(404);
        assertThat(app.as("manager").upload("/api/imports/payments", "p.csv",
                PAYMENTS_HEADER.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    static Api.Response importCsv(String kind, String header, String... rows) {
        return importCsvAs(app.accountant(), kind, header, rows);
    }

    static Api.Response importCsvAs(Api api, String kind, String header, String... rows) {
        return api.upload("/api/imports/" + kind, kind + ".csv",
                (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode budget(String unit) {
        return app.accountant().get("/api/units/" + unit + "/years/2025?asOf=2025-12-31").body();
    }

    static void awaitFigure(String unit, String figure, String yuan) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(budget(unit).path("totals").path(figure).asText()).isEqualTo(yuan));
    }

    static List<RowErrorSeen> errors(Api.Response response) {
        List<RowErrorSeen> errors = new ArrayList<>();
        response.body().path("errors").forEach(error -> errors.add(new RowErrorSeen(error.path("row").asInt(),
                error.path("column").asText(), error.path("message").asText())));
        return errors;
    }

    static byte[] withBom(byte[] utf8) {
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    record RowErrorSeen(int row, String column, String message) {
    }
}
