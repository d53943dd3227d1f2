package cn.budgetledger.app.indicators;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.command.web.AdjustmentRequest;
import cn.budgetledger.command.web.AllocationRequest;
import cn.budgetledger.command.web.IndicatorActualRequest;
import cn.budgetledger.command.web.PaymentRequest;
import cn.budgetledger.command.web.PerformanceTargetRequest;
import cn.budgetledger.command.web.ReversalRequest;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

import static cn.budgetledger.app.support.LedgerDriver.expect;

/** The given steps of an indicator test: a unit-year's books kept over the API, each step checked for its status. */
final class Bookkeeping {

    private final LedgerDriver books;
    final String year;

    Bookkeeping(LedgerDriver books) {
        this.books = books;
        this.year = books.path();
    }

    Bookkeeping open() {
        expect(books.open("测试单位" + books.unit(), "401"), 201);
        return this;
    }

    Bookkeeping allocate(String document, AllocationRequest.Line... lines) {
        expect(books.allocate(document, lines), 201);
        return this;
    }

    Bookkeeping adjust(String document, String type, String date, AdjustmentRequest.Entry... entries) {
        expect(books.adjust(document, type, date, "测试", entries), 201);
        return this;
    }

    Bookkeeping paid(PaymentRequest payment) {
        expect(books.pay(payment), 201);
        return this;
    }

    Bookkeeping refused(PaymentRequest payment) {
        expect(books.pay(payment), 422);
        return this;
    }

    Bookkeeping reverse(String voucher, String original, String date) {
        expect(books.reverse(new ReversalRequest(voucher, original, LocalDate.parse(date),
                null, "误付")), 201);
        return this;
    }

    Api.Response target(PerformanceTargetRequest target) {
        return books.target(target);
    }

    Api.Response actual(IndicatorActualRequest actual) {
        return books.actual(actual);
    }

    JsonNode indicators(String asOf) {
        return books.indicators(asOf);
    }

    static void created(Api.Response response) {
        expect(response, 201);
    }
}
