package cn.budgetledger.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;

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

    /** A payment's body is a few hundred bytes; a larger one is MVC's to read. */
    private static final int MAX_BODY = 16 * 1024;

    private final BudgetCommandController controller;
    private final ObjectMapper json;
    private final HandlerExceptionResolver errors;
    private final HandlerMethod pay;
    /** The controller's own mapping of {@code pay}, as MVC matches it. */
    private final PathPattern payments;

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
        this.payments = mappingOf(BudgetCommandController.class).combine(mappingOf(pay.getMethod()));
    }

    private static PathPattern mappingOf(AnnotatedElement mapped) {
        return PathPatternParser.defaultInstance.parse(
                AnnotatedElementUtils.findMergedAnnotation(mapped, RequestMapping.class).path()[0]);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PathPattern.PathMatchInfo path = plain(request.getRequestURI());
        if (path == null || !jsonInUtf8(request) || !acceptsJson(request)) {
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
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(payments.getPatternString()));
        ResponseEntity<PaymentResult> answer;
        try {
            answer = controller.pay(path.getUriVariables().get("unit"),
                    Integer.parseInt(path.getUriVariables().get("year")), payment);
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

    /**
     * The unit and year of a payments URI without escapes or path parameters (MVC decodes those) and with a year that
     * reads as a number (MVC refuses any other); null for any other URI.
     */
    private PathPattern.PathMatchInfo plain(String uri) {
        if (uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) {
            return null;
        }
        PathPattern.PathMatchInfo match = payments.matchAndExtract(PathContainer.parsePath(uri));
        if (match == null) {
            return null;
        }
        String year = match.getUriVariables().get("year");
        return year.length() <= 9 && year.chars().allMatch(digit -> digit >= '0' && digit <= '9') ? match : null;
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
