package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static cn.budgetledger.app.indicators.IndicatorsApiTest.figures;
import static cn.budgetledger.app.indicators.IndicatorsApiTest.line;
import static cn.budgetledger.app.indicators.IndicatorsApiTest.without;
import static cn.budgetledger.app.support.LedgerDriver.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** 更正 over HTTP: a mistyped 年初预算 corrected changes the original budget, and is no 科目调整. */
class CorrectionApiTest {

    static final Line OFFICE = Line.of("2080150", "30201", "P-PUB");
    static final Line SYSTEMS = Line.of("2080199", "30213", "P-SPEC");

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void a_corrected_allocation_changes_the_original_budget_and_the_accuracy_but_not_the_adjustment_count() {
        // given 批复-1 typed 50000.00 for the office line where 5000.00 was approved, a payment, and a 追加
        LedgerDriver books = app.books("401901");
        expect(books.open("测试单位401901", "401"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "50000.00"),
                SYSTEMS.approved("信息系统运维", "特定目标类", "8000.00")), 201);
        expect(books.pay(OFFICE.payment("V1", "2025-03-10", "4000.00")), 201);
        expect(books.adjust("ZJ-1", "追加", "2025-03-20", "年中追加", SYSTEMS.entry("2000.00")), 201);

        // when a correction below what was paid is tried, then the right one is filed, and sent again
        assertThat(books.correct(OFFICE.correction("GZ-1", "2025-04-01", "批复-1", "3999.99")).body()
                .path("code").asText()).isEqualTo("INSUFFICIENT_BUDGET");
        expect(books.correct(OFFICE.correction("GZ-1", "2025-04-01", "批复-1", "5000.00")), 201);
        expect(books.correct(OFFICE.correction("GZ-1", "2025-04-01", "批复-1", "5000.00")), 200);
        app.awaitReadModels();

        // then the original budget is the corrected one from the correction's date, and still one adjustment
        JsonNode yearEnd = books.indicators("2025-12-31");
        String[] notAboutCorrections = {"origin", "projectName", "projectCategory", "operationGuaranteeRate", "threePublicControlRate"};
        assertThat(without(line(yearEnd, "30201"), notAboutCorrections)).isEqualTo(without(
                figures("5000.00", "5000.00", "4000.00", "1000.00", "80.00", "20.00", 0, null, null), notAboutCorrections));
        assertThat(yearEnd.path("totals").path("original").asText()).isEqualTo("13000.00");
        assertThat(yearEnd.path("totals").path("adjusted").asText()).isEqualTo("15000.00");
        assertThat(yearEnd.path("totals").path("adjustmentCount").asInt()).isEqualTo(1);
        // 预算编制准确率 measures the deviation from the corrected 年初预算: |4000 − 13000| / 13000
        assertThat(yearEnd.path("totals").path("accuracyDeviation").asText()).isEqualTo("69.23");
        assertThat(books.indicators("2025-03-31").path("totals").path("original").asText()).isEqualTo("58000.00");
        // and the line's history shows the correction as such
        assertThat(historyOf(books, "30201")).containsExactly("年初预算 批复-1 50000.00", "支付 V1 4000.00",
                "更正 GZ-1 -45000.00");
    }

    @Test
    void a_correction_number_reused_for_other_content_or_naming_no_allocation_is_refused() {
        // given a year with one corrected allocation
        LedgerDriver books = app.books("401902");
        expect(books.open("测试单位401902", "401"), 201);
        expect(books.allocate("批复-1", OFFICE.approved("日常公用经费", "公用经费", "50000.00")), 201);
        expect(books.correct(OFFICE.correction("GZ-1", "2025-04-01", "批复-1", "5000.00")), 201);

        // when the number is used again for other content, or a correction names what was never allocated
        JsonNode conflict = expect(books.correct(OFFICE.correction("GZ-1", "2025-04-01", "批复-1", "6000.00")), 409).body();
        JsonNode noApproval = expect(books.correct(OFFICE.correction("GZ-2", "2025-04-01", "批复-9", "6000.00")), 404).body();
        JsonNode noLine = expect(books.correct(SYSTEMS.correction("GZ-3", "2025-04-01", "批复-1", "6000.00")), 404).body();

        // then each says why, and the budget is what the first correction left
        assertThat(conflict.path("code").asText()).isEqualTo("DOCUMENT_NUMBER_CONFLICT");
        assertThat(noApproval.path("message").asText()).contains("批复-9");
        assertThat(noLine.path("code").asText()).isEqualTo("ALLOCATION_NOT_FOUND");
        app.awaitReadModels();
        assertThat(books.budget("2025-12-31").path("totals").path("original").asText()).isEqualTo("5000.00");
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
