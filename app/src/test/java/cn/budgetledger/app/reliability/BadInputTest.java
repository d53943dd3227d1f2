package cn.budgetledger.app.reliability;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.budgetledger.app.reliability.Ledger.OFFICE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends to the command endpoints, a malformed or hostile body is a 4xx with a clear
 * {"code","message"}, never a 500, and nothing is recorded.
 */
class BadInputTest {

    static final String UNIT = "709401";
    static final String YEAR = Ledger.year(UNIT);
    static final String INJECTION = "'; drop table payment; --";

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();
    static Api accountant;

    @BeforeAll
    static void openAYearWithTwoLines() {
        accountant = app.accountant();
        Ledger.openWithTwoLines(accountant, UNIT, "10000.00");
    }

    @TestFactory
    Stream<DynamicTest> every_bad_body_is_a_clear_client_error_that_records_nothing() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        // not JSON at all, or not the JSON we asked for
        for (String body : List.of("", "{", "[]", "null", "\"payment\"", "{\"voucher\":}", "{\"voucher\":\"V1\",}",
                "\u0000\u0001\u0002", "<payment/>", "[".repeat(5_000) + "]".repeat(5_000))) {
            cases.put("payments: malformed " + abbreviate(body), new String[]{"/payments", body});
        }
        // wrong types
        cases.put("payments: amount as object", new String[]{"/payments", withPayment("amount", "{}")});
        cases.put("payments: amount as array", new String[]{"/payments", withPayment("amount", "[1]")});
        cases.put("payments: date as object", new String[]{"/payments", withPayment("date", "{}")});
        cases.put("payments: line as array", new String[]{"/payments", withPayment("functionalCode", "[\"2080150\"]")});
        // amounts: negative, zero, over-precise, huge, not numbers
        for (String amount : List.of("-1.00", "0", "0.00", "1.001", "0.005", "1e5", "NaN", "Infinity", "１００",
                "1000000000000.00", "99999999999999999999999999", "12.3.4", "   ", "¥100", "100元")) {
            cases.put("payments: amount " + amount, new String[]{"/payments", withPayment("amount", quoted(amount))});
        }
        // codes and dates
        for (String[] field : List.of(
                new String[]{"functionalCode", "208015"}, new String[]{"functionalCode", "20801500"},
                new String[]{"functionalCode", "abcdefg"}, new String[]{"functionalCode", INJECTION},
                new String[]{"economicCode", "3020"}, new String[]{"economicCode", "30201\u0000"},
                new String[]{"fundSource", "财政拨款"}, new String[]{"fundSource", INJECTION},
                new String[]{"projectCode", ""}, new String[]{"projectCode", "P|X"}, new String[]{"projectCode", "P".repeat(100_000)},
                new String[]{"projectCode", INJECTION},
                new String[]{"date", "2025-02-30"}, new String[]{"date", "2025-13-01"}, new String[]{"date", "2024-12-31"},
                new String[]{"date", "2026-01-01"}, new String[]{"date", "10/03/2025"}, new String[]{"date", INJECTION},
                new String[]{"voucher", ""}, new String[]{"voucher", "V".repeat(100_000)}, new String[]{"voucher", "V\u0000"},
                new String[]{"voucher", "V\u001b[2J"},
                new String[]{"payee", "某公司\u0000"}, new String[]{"payee", "收".repeat(1_000_000)},
                new String[]{"summary", "\u0007\u0008"})) {
            cases.put("payments: " + field[0] + " " + abbreviate(field[1]),
                    new String[]{"/payments", withPayment(field[0], quoted(field[1]))});
        }
        // the other endpoints
        cases.put("open: no name", new String[]{"", "{\"unitName\":\"\"}"});
        cases.put("open: name with NUL", new String[]{"", "{\"unitName\":\"单位\\u0000\"}"});
        cases.put("allocations: empty", new String[]{"/allocations", "{\"approvalDocument\":\"P2\",\"lines\":[]}"});
        cases.put("allocations: negative", new String[]{"/allocations", """
                {"approvalDocument":"P3","date":"2025-01-01","lines":[{"functionalCode":"2080150","economicCode":"30202",
                 "projectCode":"P9","projectName":"X","projectCategory":"公用经费","fundSource":"一般公共预算拨款","amount":"-5"}]}"""});
        cases.put("allocations: unknown category", new String[]{"/allocations", """
                {"approvalDocument":"P4","date":"2025-01-01","lines":[{"functionalCode":"2080150","economicCode":"30202",
                 "projectCode":"P9","projectName":"X","projectCategory":"其他","fundSource":"一般公共预算拨款","amount":"5"}]}"""});
        cases.put("adjustments: 调剂 not summing to zero", new String[]{"/adjustments",
                Ledger.reallocation("TZ-X", OFFICE_LINE, Ledger.SYSTEMS_LINE, "1.00").toString().replace("\"-1.00\"", "\"-2.00\"")});
        cases.put("adjustments: unknown type", new String[]{"/adjustments",
                Ledger.reallocation("TZ-Y", OFFICE_LINE, Ledger.SYSTEMS_LINE, "1.00").toString().replace("调剂\"", INJECTION + "\"")});
        cases.put("adjustments: no entries", new String[]{"/adjustments",
                "{\"documentNumber\":\"TZ-Z\",\"type\":\"调剂\",\"date\":\"2025-04-01\",\"entries\":null}"});
        String correction = "{\"documentNumber\":\"GZ-X\",\"date\":\"2025-04-01\",\"approvalDocument\":%s,"
                + "\"functionalCode\":\"2080150\",\"economicCode\":\"30201\",\"projectCode\":" + quoted(Ledger.OFFICE)
                + ",\"fundSource\":" + quoted(Line.FISCAL) + ",\"correctedAmount\":%s,\"reason\":%s}";
        cases.put("corrections: unknown approval", new String[]{"/corrections",
                correction.formatted(quoted(INJECTION), "\"5.00\"", "\"录入错误\"")});
        cases.put("corrections: negative amount", new String[]{"/corrections",
                correction.formatted("\"P-NONE\"", "\"-5.00\"", "\"录入错误\"")});
        cases.put("corrections: no reason", new String[]{"/corrections",
                correction.formatted("\"P-NONE\"", "\"5.00\"", "null")});
        cases.put("reversals: unknown voucher", new String[]{"/reversals",
                "{\"voucher\":\"HC-1\",\"originalVoucher\":\"" + INJECTION + "\",\"date\":\"2025-04-01\"}"});
        cases.put("closing: date outside the year", new String[]{"/closing", "{\"date\":\"2030-12-31\"}"});

        long events = eventCount();
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach((name, request) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Api.Response answer = accountant.post(YEAR + request[0], request[1]);

            assertThat(answer.status()).as(name + " → " + abbreviate(new String(answer.raw()))).isBetween(400, 499);
            assertThat(answer.text("code")).as(name).isNotBlank();
            assertThat(answer.text("message")).as(name).isNotBlank();
            assertThat(eventCount()).as("events after " + name).isEqualTo(events);
        })));
        return tests.stream();
    }

    private static String withPayment(String field, String jsonValue) {
        Map<String, String> payment = new LinkedHashMap<>(Map.of(
                "voucher", "\"V-FUZZ\"", "date", "\"2025-03-10\"", "functionalCode", "\"2080150\"",
                "economicCode", "\"30201\"", "projectCode", quoted(Ledger.OFFICE), "fundSource", quoted(Line.FISCAL),
                "amount", "\"100.00\"", "payee", "\"某公司\"", "summary", "\"办公用品\""));
        payment.put(field, jsonValue);
        StringBuilder json = new StringBuilder("{");
        payment.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":").append(value));
        return json.append('}').toString();
    }

    /** A JSON string, with control characters escaped the way JSON requires. */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static long eventCount() {
        return app.bean(JdbcTemplate.class).queryForObject("select count(*) from domainevententry", Long.class);
    }
}
