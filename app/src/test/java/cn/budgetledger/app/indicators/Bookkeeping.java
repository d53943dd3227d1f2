package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.Api;
import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit-year's accountant at work over the JSON API, each call checked for the status it must have. */
final class Bookkeeping {

    static final String FISCAL = "一般公共预算拨款";

    private final Api api;
    final String unit;
    final String year;

    Bookkeeping(Api api, String unit) {
        this.api = api;
        this.unit = unit;
        this.year = "/api/units/" + unit + "/years/2025";
    }

    Bookkeeping open() {
        expect(api.post(year, "{\"unitName\":\"测试单位" + unit + "\",\"parentCode\":\"401\"}"), 201);
        return this;
    }

    /** Lines as "project|projectName|category|functional|economic|amount". */
    Bookkeeping allocate(String document, String... lines) {
        StringBuilder json = new StringBuilder("{\"approvalDocument\":\"" + document + "\",\"date\":\"2025-01-01\",\"lines\":[");
        for (int i = 0; i < lines.length; i++) {
            String[] cell = lines[i].split("\\|");
            json.append(i == 0 ? "" : ",").append("""
                    {"projectCode":"%s","projectName":"%s","projectCategory":"%s","functionalCode":"%s","economicCode":"%s",
                     "fundSource":"%s","amount":"%s"}""".formatted(cell[0], cell[1], cell[2], cell[3], cell[4], FISCAL, cell[5]));
        }
        expect(api.post(year + "/allocations", json.append("]}").toString()), 201);
        return this;
    }

    /** Entries as "project|functional|economic|amount" or, opening a line, "…|amount|projectName|category". */
    Bookkeeping adjust(String document, String type, String date, String... entries) {
        StringBuilder json = new StringBuilder("{\"documentNumber\":\"" + document + "\",\"type\":\"" + type
                + "\",\"date\":\"" + date + "\",\"reason\":\"测试\",\"entries\":[");
        for (int i = 0; i < entries.length; i++) {
            String[] cell = entries[i].split("\\|");
            json.append(i == 0 ? "" : ",").append("""
                    {"projectCode":"%s","functionalCode":"%s","economicCode":"%s","fundSource":"%s","amount":"%s"%s}"""
                    .formatted(cell[0], cell[1], cell[2], FISCAL, cell[3], cell.length > 4
                            ? ",\"projectName\":\"" + cell[4] + "\",\"projectCategory\":\"" + cell[5] + "\"" : ""));
        }
        expect(api.post(year + "/adjustments", json.append("]}").toString()), 201);
        return this;
    }

    Api.Response pay(String voucher, String date, String project, String functional, String economic, String amount) {
        return api.post(year + "/payments", """
                {"voucher":"%s","date":"%s","functionalCode":"%s","economicCode":"%s","projectCode":"%s",
                 "fundSource":"%s","amount":"%s","payee":"某公司","summary":"测试"}"""
                .formatted(voucher, date, functional, economic, project, FISCAL, amount));
    }

    Bookkeeping paid(String voucher, String date, String project, String functional, String economic, String amount) {
        expect(pay(voucher, date, project, functional, economic, amount), 201);
        return this;
    }

    Bookkeeping refused(String voucher, String date, String project, String functional, String economic, String amount) {
        expect(pay(voucher, date, project, functional, economic, amount), 422);
        return this;
    }

    Bookkeeping reverse(String voucher, String original, String date) {
        expect(api.post(year + "/reversals", """
                {"voucher":"%s","originalVoucher":"%s","date":"%s","reason":"误付"}""".formatted(voucher, original, date)), 201);
        return this;
    }

    Api.Response target(String project, String first, String second, String indicator, String comparator, String value,
                        String unitOfMeasure, String weight, String direction) {
        return api.post(year + "/targets", """
                {"projectCode":%s,"firstLevel":"%s","secondLevel":"%s","indicator":"%s","comparator":"%s",
                 "targetValue":"%s","unitOfMeasure":"%s","weight":"%s","direction":"%s"}"""
                .formatted(project == null ? "null" : "\"" + project + "\"", first, second, indicator.replace("\"", "\\\""),
                        comparator, value, unitOfMeasure, weight, direction));
    }

    Api.Response actual(String project, String indicator, String actual, String reason) {
        return api.post(year + "/actuals", """
                {"projectCode":%s,"indicator":"%s","actual":"%s","deviationReason":%s}"""
                .formatted(project == null ? "null" : "\"" + project + "\"", indicator, actual,
                        reason == null ? "null" : "\"" + reason + "\""));
    }

    JsonNode indicators(String asOf) {
        Api.Response response = api.get(year + "/indicators?asOf=" + asOf);
        expect(response, 200);
        return response.body();
    }

    static void expect(Api.Response response, int status) {
        assertThat(response.status()).as("HTTP status of %s", response.body()).isEqualTo(status);
    }
}
