package cn.budgetledger.app.journals;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** The journals of refusals and adjustments: filtered, searched, paged, newest first, and exported whole. */
class JournalsApiTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P-PUB");
    static final Line TRAVEL = Line.of("2080150", "30211", "P-PUB");
    static final Line SYSTEMS = Line.of("2080199", "30213", "P-SPEC");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static LedgerDriver books;

    @BeforeAll
    static void aYearWithAdjustmentsAndRefusals() {
        books = app.books("402801");
        expect(books.open("测试单位402801", "402"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "1000.00"),
                TRAVEL.approved("日常公用经费", "公用经费", "500.00"),
                SYSTEMS.approved("信息系统运维", "特定目标类", "8000.00")), 201);
        expect(books.adjust("TJ-1", "调剂", "2025-02-01", "差旅调入办公", OFFICE.entry("100.00"), TRAVEL.entry("-100.00")), 201);
        expect(books.adjust("ZJ-1", "追加", "2025-03-01", "系统扩容", SYSTEMS.entry("2000.00")), 201);
        expect(books.adjust("ZJ-2", "追加", "2025-04-01", "办公追加", OFFICE.entry("50.00")), 201);
        expect(books.pay(OFFICE.payment("V-1", "2025-05-01", "5000.00")), 422);
        expect(books.pay(OFFICE.payment("V-2", "2025-05-02", "9999.00")), 422);
        expect(books.pay(OFFICE.payment("V-1", "2025-05-03", "500.00")), 201);
        app.awaitReadModels();
    }

    @Test
    void the_adjustments_journal_is_newest_first_with_each_documents_entries() {
        // when the whole journal is asked for
        JsonNode journal = books.journal("adjustments", "");

        // then every document is there, the newest first, each with its entries on their lines
        assertThat(journal.path("total").asLong()).isEqualTo(3);
        assertThat(documents(journal)).containsExactly("ZJ-2", "ZJ-1", "TJ-1");
        JsonNode transfer = journal.path("items").get(2);
        assertThat(transfer.path("type").asText()).isEqualTo("调剂");
        assertThat(transfer.path("reason").asText()).isEqualTo("差旅调入办公");
        assertThat(transfer.path("entries")).hasSize(2);
        assertThat(transfer.path("entries").get(0).path("economicCode").asText()).isEqualTo("30201");
        assertThat(transfer.path("entries").get(0).path("amount").asText()).isEqualTo("100.00");
        assertThat(transfer.path("entries").get(1).path("amount").asText()).isEqualTo("-100.00");
    }

    @Test
    void the_adjustments_journal_filters_by_type_date_project_and_search_and_pages() {
        assertThat(documents(books.journal("adjustments", "status=" + Api.query("追加")))).containsExactly("ZJ-2", "ZJ-1");
        assertThat(documents(books.journal("adjustments", "from=2025-02-15&to=2025-03-31"))).containsExactly("ZJ-1");
        assertThat(documents(books.journal("adjustments", "project=P-SPEC"))).containsExactly("ZJ-1");
        assertThat(documents(books.journal("adjustments", "q=" + Api.query("扩容")))).containsExactly("ZJ-1");
        assertThat(documents(books.journal("adjustments", "q=tj-")))
                .as("the search ignores case").containsExactly("TJ-1");
        JsonNode secondPage = books.journal("adjustments", "page=1&size=2");
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);
        assertThat(documents(secondPage)).containsExactly("TJ-1");
        // a search's % is a character, not a wildcard
        assertThat(books.journal("adjustments", "q=%25").path("total").asLong()).isZero();
    }

    @Test
    void the_refusals_journal_says_which_vouchers_were_paid_later() {
        JsonNode journal = books.journal("refusals", "");

        assertThat(journal.path("total").asLong()).isEqualTo(2);
        JsonNode latest = journal.path("items").get(0);
        assertThat(latest.path("voucher").asText()).isEqualTo("V-2");
        assertThat(latest.path("amount").asText()).isEqualTo("9999.00");
        assertThat(latest.path("available").asText()).isEqualTo("1150.00");
        assertThat(latest.path("projectCode").asText()).isEqualTo("P-PUB");
        assertThat(latest.path("paidLater").asBoolean()).isFalse();
        assertThat(latest.path("recordedBy").asText()).isEqualTo("accountant");
        assertThat(journal.path("items").get(1).path("paidLater").asBoolean()).isTrue();
        assertThat(books.journal("refusals", "status=" + Api.query("未支付")).path("items"))
                .extracting(item -> item.path("voucher").asText()).containsExactly("V-2");
    }

    @Test
    void a_journal_is_exported_whole_as_csv_with_a_bom_and_as_a_workbook() throws Exception {
        // when the adjustments are exported, a page size notwithstanding
        byte[] csv = books.export("adjustments", "format=csv&size=1");
        byte[] xlsx = books.export("adjustments", "format=xlsx&size=1");

        // then the CSV opens in Excel as UTF-8: a BOM, a heading row, a row per entry
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> rows = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(rows.get(0)).startsWith("调整单号,调整类型,调整日期,事由,项目编码");
        assertThat(rows).hasSize(1 + 4);
        assertThat(rows.get(1)).startsWith("ZJ-2,追加,2025-04-01,办公追加,P-PUB");
        // and the workbook holds the same rows under its title, amounts as numbers
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("科目调整台账-402801-2025");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("调整单号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 4);
            assertThat(sheet.getRow(5).getCell(10).getNumericCellValue()).isEqualTo(-100.0);
        }
    }

    @Test
    void the_payments_journal_filters_by_project_and_is_exported() {
        JsonNode office = books.journal("payments", "project=P-PUB");
        assertThat(office.path("total").asLong()).isEqualTo(1);
        assertThat(office.path("items").get(0).path("voucher").asText()).isEqualTo("V-1");
        assertThat(books.journal("payments", "project=P-SPEC").path("total").asLong()).isZero();
        String csv = new String(books.export("payments", "format=csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2).last().asString().startsWith("V-1,2025-05-03,P-PUB");
    }

    @Test
    void a_malformed_journal_request_is_refused_with_a_code() {
        assertThat(code(books.api().get(books.path() + "/adjustments?size=0"))).isEqualTo("PAGE_SIZE_MALFORMED");
        assertThat(code(books.api().get(books.path() + "/adjustments?size=501"))).isEqualTo("PAGE_SIZE_MALFORMED");
        assertThat(code(books.api().get(books.path() + "/adjustments?page=-1"))).isEqualTo("PAGE_MALFORMED");
        assertThat(code(books.api().get(books.path() + "/adjustments?from=2025-05-01&to=2025-04-01")))
                .isEqualTo("DATE_RANGE_REVERSED");
        assertThat(code(books.api().get(books.path() + "/adjustments?status=" + Api.query("更正"))))
                .isEqualTo("STATUS_UNKNOWN");
        assertThat(code(books.api().get(books.path() + "/refusals?format=pdf"))).isEqualTo("FORMAT_UNKNOWN");
        assertThat(code(books.api().get(books.path() + "/refusals?page=two"))).isEqualTo("PARAMETER_MALFORMED");
        assertThat(code(books.api().get(books.path() + "/payments?line=not-a-line"))).isEqualTo("PARAMETER_MALFORMED");
        assertThat(code(books.api().get(books.path() + "/freezes?size=0"))).isEqualTo("PAGE_SIZE_MALFORMED");
        assertThat(code(books.api().get(books.path() + "/refusals?q=%01"))).startsWith("TEXT_");
        assertThat(expect(books.api().get("/api/units/402801/years/2031/refusals"), 404).body().path("code").asText())
                .isEqualTo("BUDGET_YEAR_NOT_FOUND");
    }

    private static String code(Api.Response response) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(400);
        return response.body().path("code").asText();
    }

    private static List<String> documents(JsonNode journal) {
        List<String> numbers = new ArrayList<>();
        journal.path("items").forEach(item -> numbers.add(item.path("documentNumber").asText()));
        return numbers;
    }
}
