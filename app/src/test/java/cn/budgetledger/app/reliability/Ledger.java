package cn.budgetledger.app.reliability;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.app.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents the reliability tests send, as a finance user would write them. */
final class Ledger {

    static final String FISCAL = "一般公共预算拨款";
    static final String OFFICE = "P-OFFICE";
    static final String SYSTEMS = "P-SYSTEMS";
    static final LineKey OFFICE_LINE = LineKey.of("2080150", "30201", OFFICE, FISCAL);
    static final LineKey SYSTEMS_LINE = LineKey.of("2080199", "30213", SYSTEMS, FISCAL);

    private Ledger() {
    }

    static String year(String unit) {
        return "/api/units/" + unit + "/years/2025";
    }

    /** Opens the unit's 2025 budget with two lines of the given yuan each: office costs and systems. */
    static String openWithTwoLines(Api accountant, String unit, String yuanEach) {
        String year = year(unit);
        assertThat(accountant.post(year, "{\"unitName\":\"可靠性测试单位" + unit + "\",\"parentCode\":\"503\"}").status())
                .isEqualTo(201);
        assertThat(accountant.post(year + "/allocations", """
                {"approvalDocument":"批复-%s","date":"2025-01-01","lines":[
                 {"functionalCode":"2080150","economicCode":"30201","projectCode":"%s","projectName":"日常公用经费",
                  "projectCategory":"公用经费","fundSource":"%s","amount":"%s"},
                 {"functionalCode":"2080199","economicCode":"30213","projectCode":"%s","projectName":"日常系统运行经费",
                  "projectCategory":"特定目标类","fundSource":"%s","amount":"%s"}]}"""
                .formatted(unit, OFFICE, FISCAL, yuanEach, SYSTEMS, FISCAL, yuanEach)).status()).isEqualTo(201);
        return year;
    }

    static String payment(String voucher, LineKey line, String yuan) {
        return """
                {"voucher":"%s","date":"2025-03-10","functionalCode":"%s","economicCode":"%s","projectCode":"%s",
                 "fundSource":"%s","amount":"%s","payee":"某科技有限公司","summary":"运维费"}"""
                .formatted(voucher, line.functionalCode(), line.economicCode(), line.projectCode(), FISCAL, yuan);
    }

    /** A 调剂 document moving yuan from one line to the other. */
    static String reallocation(String document, LineKey from, LineKey to, String yuan) {
        return """
                {"documentNumber":"%s","type":"调剂","date":"2025-04-01","reason":"调剂","entries":[
                 {"functionalCode":"%s","economicCode":"%s","projectCode":"%s","fundSource":"%s","amount":"-%s"},
                 {"functionalCode":"%s","economicCode":"%s","projectCode":"%s","fundSource":"%s","amount":"%s"}]}"""
                .formatted(document, from.functionalCode(), from.economicCode(), from.projectCode(), FISCAL, yuan,
                        to.functionalCode(), to.economicCode(), to.projectCode(), FISCAL, yuan);
    }
}
