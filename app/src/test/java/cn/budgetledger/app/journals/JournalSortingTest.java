package cn.budgetledger.app.journals;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** Every journal sorted by a column of its own (sort=amount, sort=-date), on its pages and in its exports. */
class JournalSortingTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P711001A");
    static final Line SYSTEMS = Line.of("2080199", "30213", "P711001B");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static LedgerDriver books;

    @BeforeAll
    static void aYearOfPaymentsRefusalsAdjustmentsAndFreezes() {
        books = app.books("711001");
        expect(books.open("排序测试单位", "711"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "2000.00"),
                SYSTEMS.approved("信息系统运维", "特定目标类", "8000.00")), 201);
        expect(books.pay(OFFICE.payment("V-3", "2025-03-01", "300.00", "乙公司", "办公用品")), 201);
        expect(books.pay(OFFICE.payment("V-1", "2025-01-10", "1200.00", "甲公司", "印刷")), 201);
        expect(books.pay(SYSTEMS.payment("V-2", "2025-02-01", "50.00", "丙公司", "运维")), 201);
        expect(books.pay(OFFICE.payment("R-1", "2025-04-01", "9000.00")), 422);
        expect(books.pay(SYSTEMS.payment("R-2", "2025-04-02", "8500.00")), 422);
        expect(books.adjust("ZJ-B", "追加", "2025-02-01", "系统扩容", SYSTEMS.entry("100.00")), 201);
        expect(books.adjust("TJ-A", "调剂", "2025-03-01", "调入办公", OFFICE.entry("10.00"), SYSTEMS.entry("-10.00")), 201);
        expect(books.freeze(SYSTEMS.freeze("DJ-1", "2025-05-01", "100.00", "合同", "小合同")), 201);
        expect(books.freeze(SYSTEMS.freeze("DJ-2", "2025-05-02", "500.00", "合同", "大合同")), 201);
        expect(books.release("DJ-2", "2025-06-01", "450.00"), 201);
        app.awaitReadModels();
    }

    @Test
    void the_payments_journal_is_newest_first_unless_a_column_is_asked() {
        assertThat(vouchers(books.journal("payments", ""))).containsExactly("V-3", "V-2", "V-1");
        assertThat(vouchers(books.journal("payments", "sort=amount"))).containsExactly("V-2", "V-3", "V-1");
        assertThat(vouchers(books.journal("payments", "sort=-amount"))).containsExactly("V-1", "V-3", "V-2");
        assertThat(vouchers(books.journal("payments", "sort=voucher"))).containsExactly("V-1", "V-2", "V-3");
        assertThat(vouchers(books.journal("payments", "sort=date"))).containsExactly("V-1", "V-2", "V-3");
        assertThat(vouchers(books.journal("payments", "sort=date&project=P711001A")))
                .as("sorted within the filter").containsExactly("V-1", "V-3");
    }

    @Test
    void a_sorted_journal_pages_in_its_order_and_counts_the_whole_filter() {
        JsonNode secondPage = books.journal("payments", "sort=-amount&size=2&page=1");

        assertThat(secondPage.path("total").asLong()).isEqualTo(3);
        assertThat(vouchers(secondPage)).containsExactly("V-2");
    }

    @Test
    void an_export_keeps_the_order_asked() {
        List<String> rows = new String(books.export("payments", "format=csv&sort=-amount"), StandardCharsets.UTF_8)
                .substring(1).lines().skip(1).toList();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("V-1,");
        assertThat(rows.get(1)).startsWith("V-3,");
        assertThat(rows.get(2)).startsWith("V-2,");
    }

    @Test
    void the_other_journals_sort_by_their_own_columns() {
        // newest first unless asked; TJ-A, ZJ-B; DJ-2, DJ-1
        assertThat(vouchers(books.journal("refusals", ""))).containsExactly("R-2", "R-1");
        assertThat(vouchers(books.journal("refusals", "sort=-amount"))).containsExactly("R-1", "R-2");
        assertThat(vouchers(books.journal("refusals", "sort=available"))).as("500.00, then 7,950.00")
                .containsExactly("R-1", "R-2");
        assertThat(numbers(books.journal("adjustments", ""))).containsExactly("TJ-A", "ZJ-B");
        assertThat(numbers(books.journal("adjustments", "sort=-documentNumber"))).containsExactly("ZJ-B", "TJ-A");
        assertThat(numbers(books.journal("adjustments", "sort=date"))).containsExactly("ZJ-B", "TJ-A");
        assertThat(numbers(books.journal("freezes", ""))).containsExactly("DJ-2", "DJ-1");
        assertThat(numbers(books.journal("freezes", "sort=-open"))).as("100.00 still frozen, then 50.00")
                .containsExactly("DJ-1", "DJ-2");
        assertThat(numbers(books.journal("freezes", "sort=amount"))).containsExactly("DJ-1", "DJ-2");
    }

    @Test
    void an_unknown_column_is_refused_and_never_reaches_the_database() {
        // when a journal is asked to sort by a column it does not have, or by SQL
        List<Api.Response> answers = List.of(books.askJournal("payments", "sort=reason"),
                books.askJournal("adjustments", "sort=amount"),
                books.askJournal("freezes", "sort=" + Api.query("amount; drop table payment")),
                books.askJournal("payments", "sort=--amount"),
                books.askJournal("payments", "sort=" + Api.query("j.amount")),
                books.askJournal("payments", "format=csv&sort=nothing"));

        // then each is 400 SORT_UNKNOWN naming the columns it has, and the books are as they were
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(400);
            assertThat(answer.body().path("code").asText()).isEqualTo("SORT_UNKNOWN");
            assertThat(answer.body().path("message").asText()).contains("可用：", "date");
        });
        assertThat(vouchers(books.journal("payments", ""))).hasSize(3);
        // and a blank sort is the default order
        assertThat(vouchers(books.journal("payments", "sort="))).containsExactly("V-3", "V-2", "V-1");
    }

    @Test
    void the_sort_parameter_is_documented_in_openapi() {
        JsonNode docs = expect(app.accountant().get("/v3/api-docs"), 200).body();

        for (String journal : new String[] {"payments", "refusals", "adjustments", "freezes"}) {
            JsonNode operation = docs.path("paths").path("/api/units/{unit}/years/{year}/" + journal).path("get");
            assertThat(operation.path("description").asText()).as(journal).contains("sort", "降序");
            assertThat(operation.path("parameters").findValuesAsText("name")).as(journal).contains("sort");
        }
    }

    private static List<String> vouchers(JsonNode journal) {
        return values(journal, "voucher");
    }

    private static List<String> numbers(JsonNode journal) {
        return values(journal, "documentNumber");
    }

    private static List<String> values(JsonNode journal, String field) {
        List<String> values = new ArrayList<>();
        journal.path("items").forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
