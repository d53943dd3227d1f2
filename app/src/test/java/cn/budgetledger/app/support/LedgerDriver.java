package cn.budgetledger.app.support;

import cn.budgetledger.command.web.AdjustmentRequest;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.CloseYearRequest;
import cn.budgetledger.command.web.CorrectionRequest;
import cn.budgetledger.command.web.FreezeRequest;
import cn.budgetledger.command.web.IndicatorActualRequest;
import cn.budgetledger.command.web.OpenYearRequest;
import cn.budgetledger.command.web.PaymentRequest;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import cn.budgetledger.command.web.ReleaseRequest;
import cn.budgetledger.command.web.ReversalRequest;
import cn.budgetledger.command.web.SpendingPlanRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One unit-year's books driven over the JSON API with the production request records, serialised as the
 * application reads them (dates as ISO text). Every method answers the plain response; the
 * {@code expect} form checks the status a step must have, so a test's given steps read as one line each.
 */
public final class LedgerDriver {

    /** Jackson as the application is configured: java.time as ISO text; absent fields left out. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Api api;
    private final String unit;
    private final int year;

    public LedgerDriver(Api api, String unit, int year) {
        this.api = api;
        this.unit = unit;
        this.year = year;
    }

    /** The unit's books of 2025, the year most tests keep. */
    public LedgerDriver(Api api, String unit) {
        this(api, unit, 2025);
    }

    /** The same books driven by someone else. */
    public LedgerDriver as(Api other) {
        return new LedgerDriver(other, unit, year);
    }

    public String unit() {
        return unit;
    }

    /** The API path of this unit-year, e.g. /api/units/503101/years/2025. */
    public String path() {
        return "/api/units/" + unit + "/years/" + year;
    }

    public Api api() {
        return api;
    }

    public Api.Response open(OpenYearRequest request) {
        return api.post(path(), json(request));
    }

    public Api.Response open(String unitName, String parentCode) {
        return open(new OpenYearRequest(unitName, parentCode));
    }

    public Api.Response allocate(AllocationRequest request) {
        return api.post(path() + "/allocations", json(request));
    }

    /** A budget approval (预算批复) dated the first day of the year. */
    public Api.Response allocate(String approvalDocument, AllocationRequest.Line... lines) {
        return allocate(new AllocationRequest(approvalDocument, LocalDate.of(year, 1, 1), List.of(lines)));
    }

    public Api.Response correct(CorrectionRequest request) {
        return api.post(path() + "/corrections", json(request));
    }

    public Api.Response adjust(AdjustmentRequest request) {
        return api.post(path() + "/adjustments", json(request));
    }

    public Api.Response adjust(String documentNumber, String type, String date, String reason,
                               AdjustmentRequest.Entry... entries) {
        return adjust(new AdjustmentRequest(documentNumber, type, LocalDate.parse(date), reason, List.of(entries)));
    }

    public Api.Response pay(PaymentRequest request) {
        return api.post(path() + "/payments", json(request));
    }

    public Api.Response reverse(ReversalRequest request) {
        return api.post(path() + "/reversals", json(request));
    }

    /** 冲销 of a whole payment, with no amount to check and no reason. */
    public Api.Response reverse(String voucher, String originalVoucher, String date) {
        return reverse(new ReversalRequest(voucher, originalVoucher, LocalDate.parse(date), null, null));
    }

    public Api.Response freeze(FreezeRequest request) {
        return api.post(path() + "/freezes", json(request));
    }

    public Api.Response release(String documentNumber, ReleaseRequest request) {
        return api.post(path() + "/freezes/" + documentNumber + "/release", json(request));
    }

    /** 解冻 of an amount, or (amount null) of all that is still frozen. */
    public Api.Response release(String documentNumber, String date, String amount) {
        return release(documentNumber, new ReleaseRequest(LocalDate.parse(date), amount));
    }

    /** The freeze journal, with a query string such as "status=open&q=合同" (or "" for all). */
    public JsonNode freezes(String query) {
        return read(path() + "/freezes" + (query.isEmpty() ? "" : "?" + query));
    }

    /** 审核通过 an entry awaiting review (no body). */
    public Api.Response approve(String voucher) {
        return api.post(path() + "/payments/" + voucher + "/approval", "");
    }

    /** 退回 an entry awaiting review, with its reason. */
    public Api.Response returnEntry(String voucher, String reason) {
        return api.post(path() + "/payments/" + voucher + "/return", JSON.createObjectNode().put("reason", reason));
    }

    /** An administrator turns review on or off for this unit-year. */
    public Api.Response requireReview(boolean required) {
        return api.put("/api/admin/units/" + unit + "/years/" + year + "/review", "{\"required\": " + required + "}");
    }

    /** The payments journal, filtered by a query string such as "status=待审核" (empty: all). */
    public JsonNode paymentsJournal(String query) {
        return read(path() + "/payments" + (query.isEmpty() ? "" : "?" + query));
    }

    /** The entries of a year that requires review, filtered by a query string such as "status=待审核". */
    public JsonNode entries(String query) {
        return read(path() + "/entries" + (query.isEmpty() ? "" : "?" + query));
    }

    public JsonNode lines() {
        return read(path() + "/lines");
    }

    /** The id of a line of this unit-year (the year's own line, not one carried forward), as the pages link to it. */
    public String lineId(Line line) {
        for (JsonNode known : lines()) {
            if (known.path("functionalCode").asText().equals(line.functionalCode())
                    && known.path("economicCode").asText().equals(line.economicCode())
                    && known.path("projectCode").asText().equals(line.projectCode())
                    && known.path("fundSource").asText().equals(line.fundSource())
                    && !known.path("origin").asText().equals("上年结转")) {
                return known.path("lineId").asText();
            }
        }
        throw new AssertionError("no line " + line + " in " + path());
    }

    public Api.Response close(CloseYearRequest request) {
        return api.post(path() + "/closing", json(request));
    }

    /** 年终结转 previewed: what closing now would carry forward and let lapse, and what stops it. */
    public Api.Response closingPreview() {
        return api.get(path() + "/closing/preview");
    }

    public Api.Response target(PerformanceTargetRequest request) {
        return api.post(path() + "/targets", json(request));
    }

    public Api.Response actual(IndicatorActualRequest request) {
        return api.post(path() + "/actuals", json(request));
    }

    /** Sets (or revises) a line's 用款计划. */
    public Api.Response plan(SpendingPlanRequest request) {
        return api.put(path() + "/spending-plans", json(request).toString());
    }

    /** The plans against execution as of a date. */
    public JsonNode spendingPlans(String asOf) {
        return read(path() + "/spending-plans?asOf=" + asOf);
    }

    /** The budget as of a date: totals, lines and projects. */
    public JsonNode budget(String asOf) {
        return read(path() + "?asOf=" + asOf);
    }

    public JsonNode indicators(String asOf) {
        return read(path() + "/indicators?asOf=" + asOf);
    }

    /** The public tables (部门预算公开表) with the query string, e.g. "basis=executed". */
    public JsonNode disclosure(String query) {
        return read(path() + "/disclosure?" + query);
    }

    /** The public tables as the workbook downloaded (format=xlsx). */
    public byte[] disclosureWorkbook(String query) {
        return expect(api.get(path() + "/disclosure?format=xlsx&" + query), 200).raw();
    }

    /** The 决算 comparison with the query string, e.g. "budget=adjusted", as answered (status and body). */
    public Api.Response disclosureComparison(String query) {
        return api.get(path() + "/disclosure/comparison?" + query);
    }

    /** The 决算 comparison as the workbook downloaded (format=xlsx). */
    public byte[] disclosureComparisonWorkbook(String query) {
        return expect(api.get(path() + "/disclosure/comparison?format=xlsx&" + query), 200).raw();
    }

    /** A journal (payments, refusals, adjustments, freezes) filtered by the query string, e.g. "status=未支付&page=0". */
    public JsonNode journal(String journal, String query) {
        return read(path() + "/" + journal + "?" + query);
    }

    /** A journal as answered, whatever its status: for a request the journal must refuse. */
    public Api.Response askJournal(String journal, String query) {
        return api.get(path() + "/" + journal + "?" + query);
    }

    /** A journal's export (format=csv or xlsx), as the bytes downloaded. */
    public byte[] export(String journal, String query) {
        return expect(api.get(path() + "/" + journal + "?" + query), 200).raw();
    }

    /** The ledger table (小计, 合计), with a query string such as "sort=available&order=desc&scale=wan" ("" for all). */
    public JsonNode ledgerTable(String query) {
        return read(path() + "/lines/table" + (query.isEmpty() ? "" : "?" + query));
    }

    /** The ledger table as a file, the query naming its format (format=csv or xlsx). */
    public byte[] ledgerTableExport(String query) {
        return expect(api.get(path() + "/lines/table?" + query), 200).raw();
    }

    /** A line's history, each event with the 可用余额 after it. */
    public JsonNode history(String lineId) {
        return read(path() + "/lines/" + lineId + "/history");
    }

    private JsonNode read(String path) {
        Api.Response response = api.get(path);
        expect(response, 200);
        return response.body();
    }

    /** Checks that a step was answered as it must be. */
    public static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as("HTTP status of %s", response.body()).isEqualTo(status);
        return response;
    }

    /** A request as the JSON the driver sends, for a test that then breaks one field of it on purpose. */
    public static ObjectNode json(Object request) {
        return JSON.valueToTree(request);
    }
}
