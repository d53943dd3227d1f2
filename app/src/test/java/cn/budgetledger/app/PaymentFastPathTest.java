package cn.budgetledger.app;

import cn.budgetledger.app.support.Api;
import cn.budgetledger.app.support.LedgerApp;
import cn.budgetledger.app.support.LedgerDriver;
import cn.budgetledger.app.support.Line;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.budgetledger.app.LedgerCoreTest.OFFICE;
import static cn.budgetledger.app.LedgerCoreTest.PUBLIC_FUNDS;
import static cn.budgetledger.app.LedgerCoreTest.openWithApproval;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment sent as API clients send it (JSON, no Accept or Accept: application/json) is answered by the payment
 * fast path, without Spring MVC's dispatch; one that asks for its answer otherwise goes through MVC. Both must answer
 * exactly alike, errors included, and the request metric must still name the endpoint.
 */
class PaymentFastPathTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    /** Through MVC: an Accept header the fast path leaves alone. */
    private static final String THROUGH_MVC = "application/json, */*;q=0.5";

    @Test
    void a_payment_is_answered_alike_with_and_without_spring_mvc_dispatch() {
        // given a year with 50,000.00 on its office line
        LedgerDriver fast = openWithApproval("731002").as(app.accountant().answeringAtOnce());
        LedgerDriver mvc = fast.as(app.accountant().answeringAtOnce().accepting(THROUGH_MVC));

        // when each records, resends, overdraws, and names a line or a year the ledger does not have
        List<Api.Response> recorded = List.of(fast.pay(OFFICE.payment("F1", "2025-03-10", "100.00")),
                mvc.pay(OFFICE.payment("M1", "2025-03-10", "100.00")));
        List<Api.Response> resent = List.of(fast.pay(OFFICE.payment("F1", "2025-03-10", "100.00")),
                mvc.pay(OFFICE.payment("F1", "2025-03-10", "100.00")));
        List<Api.Response> overdrawn = List.of(fast.pay(OFFICE.payment("F2", "2025-03-11", "60000.00")),
                mvc.pay(OFFICE.payment("M2", "2025-03-11", "60000.00")));
        Line noSuchLine = Line.of("2080150", "30299", PUBLIC_FUNDS);
        List<Api.Response> unknownLine = List.of(fast.pay(noSuchLine.payment("F3", "2025-03-12", "1.00")),
                mvc.pay(noSuchLine.payment("F3", "2025-03-12", "1.00")));
        LedgerDriver unopened = app.books("731003").as(app.accountant().answeringAtOnce());
        List<Api.Response> noYear = List.of(unopened.pay(OFFICE.payment("F4", "2025-03-12", "1.00")),
                unopened.as(app.accountant().answeringAtOnce().accepting(THROUGH_MVC))
                        .pay(OFFICE.payment("F4", "2025-03-12", "1.00")));

        // then both answer the same status, type and body (but for the voucher and what it left available)
        assertThat(recorded.get(0).status()).isEqualTo(201);
        assertAlike(recorded, true);
        assertThat(recorded.get(0).body().path("available").asText()).isEqualTo("49900.00");
        assertThat(recorded.get(1).body().path("available").asText()).isEqualTo("49800.00");
        assertThat(resent.get(0).status()).isEqualTo(200);
        assertThat(resent.get(0).raw()).isEqualTo(resent.get(1).raw());
        assertThat(overdrawn.get(0).status()).isEqualTo(422);
        assertAlike(overdrawn, false);
        assertThat(unknownLine.get(0).status()).isBetween(400, 499);
        assertThat(new String(unknownLine.get(0).raw(), StandardCharsets.UTF_8))
                .isEqualTo(new String(unknownLine.get(1).raw(), StandardCharsets.UTF_8));
        assertThat(noYear.get(0).status()).isBetween(400, 499);
        assertThat(noYear.get(0).raw()).isEqualTo(noYear.get(1).raw());
        for (List<Api.Response> pair : List.of(recorded, resent, overdrawn, unknownLine, noYear)) {
            assertThat(pair.get(0).status()).isEqualTo(pair.get(1).status());
            assertThat(pair.get(0).headers().firstValue("Content-Type"))
                    .isEqualTo(pair.get(1).headers().firstValue("Content-Type"));
        }
    }

    @Test
    void the_request_metric_names_the_payment_endpoint() {
        // given a payment answered by the fast path
        LedgerDriver books = openWithApproval("731004");
        assertThat(books.pay(OFFICE.payment("V1", "2025-03-10", "1.00")).status()).isEqualTo(201);

        // when Prometheus scrapes the metrics
        String metrics = new String(app.scraper().get("/actuator/prometheus").raw(), StandardCharsets.UTF_8);

        // then the request is counted under the endpoint's pattern
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")
                && line.contains("method=\"POST\"") && line.contains("status=\"201\"")
                && line.contains("uri=\"/api/units/{unit}/years/{year}/payments\""))).isNotEmpty();
    }

    private static void assertAlike(List<Api.Response> pair, boolean recorded) {
        ObjectNode fast = pair.get(0).body().deepCopy();
        ObjectNode mvc = pair.get(1).body().deepCopy();
        assertThat(pair.get(0).position() > 0).isEqualTo(pair.get(1).position() > 0);
        for (ObjectNode body : List.of(fast, mvc)) {
            body.remove("voucher");
            if (recorded) {
                body.remove("available");
            }
        }
        assertThat(fast).isEqualTo(mvc);
    }
}
