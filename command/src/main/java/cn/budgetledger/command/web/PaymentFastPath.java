package cn.budgetledger.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment, the one write sent thousands of times a day, goes straight to {@link BudgetCommandController#pay}
 * without Spring MVC's dispatch (handler lookup among every mapping, argument resolution, content negotiation,
 * return-value handling): 30 % less CPU per payment over HTTP (BENCHMARKS.md, session 14). It runs after Spring
 * Security and the read-your-writes filter, so a payment is authenticated, authorised and answered with its position as
 * any write is; the controller still decides the command and the answer, and {@code ApiErrors} every error (through
 * MVC's exception resolvers). Anything but the plain case — a body that is not a JSON payment in UTF-8, an encoded or
 * odd path, an answer asked for in another type — is handed to MVC untouched, body and all, and answered there.
 */
public final class PaymentFastPath extends OncePerRequestFilter {

    static final String PATTERN = "/api/units/{unit}/years/{year}/payments";
    private static final Pattern PAYMENTS = Pattern.compile("/api/units/([0-9A-Za-z]{1,32})/years/([0-9]{1,9})/payments");
    /** A payment's body is a few hundred bytes; a larger one is MVC's to read. */
    private static final int MAX_BODY = 16 * 1024;

    private final BudgetCommandController controller;
    private final ObjectMapper json;
    private final HandlerExceptionResolver errors;
    private final HandlerMethod pay;

    public PaymentFastPath(BudgetCommandController controller, ObjectMapper json, HandlerExceptionResolver errors) {
        this.controller = controller;
        this.json = json;
        this.errors = errors;
        try {
            this.pay = new HandlerMethod(controller,
                    BudgetCommandController.class.getMethod("pay", String.class, int.class, PaymentRequest.class));
        } catch (NoSuchMethodException renamed) {
            throw new IllegalStateException(renamed);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/payments");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = PAYMENTS.matcher(request.getRequestURI());
        if (!path.matches() || !jsonInUtf8(request) || !acceptsJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        InputStream stream = request.getInputStream();
        byte[] body = stream.readNBytes(MAX_BODY + 1);
        PaymentRequest payment = body.length > MAX_BODY ? null : readable(body);
        if (payment == null) {
            chain.doFilter(new ReplayedBody(request, body, stream), response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(PATTERN));
        ResponseEntity<PaymentResult> answer;
        try {
            answer = controller.pay(path.group(1), Integer.parseInt(path.group(2)), payment);
        } catch (Exception failed) {
            if (errors.resolveException(request, response, pay, failed) == null) {
                throw new ServletException(failed);
            }
            return;
        }
        byte[] written = json.writeValueAsBytes(answer.getBody());
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(written.length);
        response.getOutputStream().write(written);
    }

    /** The payment in the body, or null for MVC to refuse with its own error. */
    private PaymentRequest readable(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readValue(body, PaymentRequest.class);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static boolean jsonInUtf8(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        MediaType media;
        try {
            media = MediaType.parseMediaType(type);
        } catch (RuntimeException malformed) {
            return false;
        }
        return media.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
                && (media.getCharset() == null || StandardCharsets.UTF_8.equals(media.getCharset()));
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.isBlank() || accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON_VALUE);
    }

    /** The request with the body as it came, the part already read first. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final ServletInputStream body;

        ReplayedBody(HttpServletRequest request, byte[] read, InputStream rest) {
            super(request);
            InputStream whole = new SequenceInputStream(new ByteArrayInputStream(read), rest);
            this.body = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int next = whole.read();
                    finished = next < 0;
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = whole.read(buffer, offset, length);
                    finished = count < 0;
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a replayed body is read blocking");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }
    }
}
