package cn.budgetledger.command.web;

import cn.budgetledger.api.commands.PaymentOutcome;
import cn.budgetledger.api.commands.RecordPaymentCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which payments the fast path answers itself and which it hands to Spring MVC, body intact (the answers alike
 * either way: PaymentFastPathTest in the app, over HTTP).
 */
class PaymentFastPathRoutingTest {

    private static final String PAYMENT = """
            {"voucher":"V1","date":"2025-03-10","functionalCode":"2080150","economicCode":"30201",
             "projectCode":"P1","fundSource":"一般公共预算拨款","amount":"100.00"}""";

    private final List<RecordPaymentCommand> sent = new ArrayList<>();
    private final PaymentFastPath fastPath;

    PaymentFastPathRoutingTest() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordPaymentCommand.class.getName(), command -> {
            RecordPaymentCommand payment = (RecordPaymentCommand) command.getPayload();
            sent.add(payment);
            return PaymentOutcome.recorded(payment.voucher(), payment.amount(), payment.amount());
        });
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        fastPath = new PaymentFastPath(new BudgetCommandController(DefaultCommandGateway.builder().commandBus(bus).build()),
                json, (request, response, handler, failure) -> null);
    }

    @Test
    void a_plain_json_payment_is_answered_without_going_further() throws Exception {
        // given a payment as API clients send it
        MockHttpServletRequest request = payment("/api/units/731005/years/2025/payments", PAYMENT);
        request.addHeader("Accept", "application/json");
        MockFilterChain further = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        // when it passes the fast path
        fastPath.doFilter(request, response, further);

        // then the controller's command was sent and answered here, and MVC never saw the request
        assertThat(further.getRequest()).isNull();
        assertThat(sent).singleElement().satisfies(command -> {
            assertThat(command.budget().toString()).isEqualTo("731005-2025");
            assertThat(command.voucher()).isEqualTo("V1");
        });
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"RECORDED\"");
    }

    @Test
    void anything_but_the_plain_case_goes_to_spring_mvc_with_its_body_intact() throws Exception {
        List<MockHttpServletRequest> others = new ArrayList<>();
        others.add(payment("/api/units/731005/years/2025/payments", "{\"voucher\":\"V1\",\"date\":\"2025-13-45\"}"));
        others.add(payment("/api/units/731005/years/2025/payments", "not json at all"));
        others.add(payment("/api/units/731005/years/2025/payments", ""));
        others.add(payment("/api/units/731005/years/2025/payments", PAYMENT + " ".repeat(20_000)));
        others.add(payment("/api/units/7310%305/years/2025/payments", PAYMENT));
        others.add(payment("/api/units/731005/years/2025/payments;x=1", PAYMENT));
        others.add(payment("/api/units/731005/years/twenty/payments", PAYMENT));
        MockHttpServletRequest gbk = payment("/api/units/731005/years/2025/payments", PAYMENT);
        gbk.setContentType("application/json;charset=GBK");
        others.add(gbk);
        MockHttpServletRequest csv = payment("/api/units/731005/years/2025/payments", PAYMENT);
        csv.addHeader("Accept", "text/csv");
        others.add(csv);
        MockHttpServletRequest form = payment("/api/units/731005/years/2025/payments", PAYMENT);
        form.setContentType("application/x-www-form-urlencoded");
        others.add(form);

        for (MockHttpServletRequest request : others) {
            // given a request the fast path does not answer: when it passes
            String body = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
            MockFilterChain further = new MockFilterChain();
            fastPath.doFilter(request, new MockHttpServletResponse(), further);

            // then MVC gets it and reads the body as it came
            assertThat(further.getRequest()).as(request.getRequestURI()).isNotNull();
            assertThat(new String(further.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(body);
        }
        assertThat(sent).isEmpty();
    }

    private static MockHttpServletRequest payment(String uri, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
