package cn.budgetledger.app.security;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;

/**
 * The security filters match requests on Spring's path patterns ({@code PathPatternRequestMatcher}, Spring Security
 * 7's default), so nothing in them asks Spring MVC which handler would serve a request. Spring Security 6 still
 * puts a filter in front of every request that looks the handler up in advance, for MVC matchers to reuse: a
 * second handler lookup per request, 9 % of a request thread's time under load (BENCHMARKS.md, session 10). Its
 * registration is left out here, before it runs; {@code MatchersWithoutHandlerLookupTest} notices if a new Spring Security brings
 * the filter back under another name.
 */
public final class MatchersWithoutHandlerLookup implements BeanDefinitionRegistryPostProcessor, Ordered {

    /** The registration in Spring Security's {@code WebMvcSecurityConfiguration} (6.x) that adds the lookup filter. */
    static final String HANDLER_LOOKUP_REGISTRATION =
            "springSecurityHandlerMappingIntrospectorBeanDefinitionRegistryPostProcessor";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (registry.containsBeanDefinition(HANDLER_LOOKUP_REGISTRATION)) {
            registry.removeBeanDefinition(HANDLER_LOOKUP_REGISTRATION);
        }
    }

    /** Before the unordered registrations, Spring Security's among them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
