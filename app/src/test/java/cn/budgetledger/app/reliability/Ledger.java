package cn.budgetledger.app.reliability;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import cn.budgetledger.command.web.AdjustmentRequest;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static cn.budgetledger.app.support.LedgerDriver.expect;

/** The documents the reliability tests send, as a finance user would write them. */
final class Ledger {

    static final String OFFICE = "P-OFFICE";
    static final String SYSTEMS = "P-SYSTEMS";
    static final LineKey OFFICE_LINE = LineKey.of("2080150", "30201", OFFICE, Line.FISCAL);
    static final LineKey SYSTEMS_LINE = LineKey.of("2080199", "30213", SYSTEMS, Line.FISCAL);

    private Ledger() {
    }

    static String year(String unit) {
        return new LedgerDriver(null, unit).path();
    }

    /** Opens the unit's 2025 budget with two lines of the given yuan each: office costs and systems. */
    static String openWithTwoLines(Api accountant, String unit, String yuanEach) {
        LedgerDriver books = new LedgerDriver(accountant, unit);
        expect(books.open("可靠性测试单位" + unit, "503"), 201);
        expect(books.allocate("批复-" + unit, line(OFFICE_LINE).approved("日常公用经费", "公用经费", yuanEach),
                line(SYSTEMS_LINE).approved("日常系统运行经费", "特定目标类", yuanEach)), 201);
        return books.path();
    }

    static JsonNode payment(String voucher, LineKey line, String yuan) {
        return LedgerDriver.json(line(line).payment(voucher, "2025-03-10", yuan, "某科技有限公司", "运维费"));
    }

    /** A 调剂 document moving yuan from one line to the other. */
    static JsonNode reallocation(String document, LineKey from, LineKey to, String yuan) {
        return LedgerDriver.json(new AdjustmentRequest(document, "调剂",
                LocalDate.parse("2025-04-01"), "调剂",
                List.of(line(from).entry("-" + yuan), line(to).entry(yuan))));
    }

    private static Line line(LineKey key) {
        return Line.of(key.functionalCode().value(), key.economicCode().value(), key.projectCode());
    }
}
