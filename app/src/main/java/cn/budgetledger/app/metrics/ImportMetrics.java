package cn.budgetledger.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * Counts import files by kind and outcome: recorded (200, which includes a file re-sent unchanged) or
 * rejected (422, nothing recorded). A file may hold rows of several units and years, so an import is
 * tagged by neither; its rows are counted as the payments, refusals and adjustments they record. An
 * unknown kind (404) is not counted: its name is whatever the client typed.
 */
@Configuration(proxyBeanMethods = false)
public class ImportMetrics implements WebMvcConfigurer {

    private final MeterRegistry registry;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        interceptors.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception failure) {
                String outcome = outcomeOf(response.getStatus());
                Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                if ("POST".equals(request.getMethod()) && outcome != null && variables instanceof Map<?, ?> path
                        && path.get("kind") instanceof String kind) {
                    Counter.builder("ledger.imports").description("导入的文件")
                            .tags("kind", kind, "outcome", outcome).register(registry).increment();
                }
            }
        }).addPathPatterns("/api/imports/*");
    }

    private static String outcomeOf(int status) {
        if (status == HttpStatus.OK.value()) {
            return "recorded";
        }
        return status == HttpStatus.UNPROCESSABLE_ENTITY.value() ? "rejected" : null;
    }
}
