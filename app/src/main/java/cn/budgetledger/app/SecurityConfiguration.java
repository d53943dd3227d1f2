package cn.budgetledger.app;

import cn.budgetledger.app.security.JwtUsers;
import cn.budgetledger.app.security.RememberedPasswordChecks;
import cn.budgetledger.app.security.UnitAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;

import java.time.Duration;

/**
 * Two doors. The API (/api/**): HTTP Basic, or a bearer JWT when a resource server is configured
 * (spring.security.oauth2.resourceserver.jwt.issuer-uri …), or the session of a signed-in browser. The
 * pages: form login, CSRF protection, a session that times out (server.servlet.session.timeout). Behind
 * both, every path that names a unit asks the same UnitAccessPolicy.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String ACCOUNTANT = "ACCOUNTANT";
    static final String LEADER = "LEADER";
    static final String ADMIN = "ADMIN";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String[] SWAGGER = {"/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**"};

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, UnitAuthorization units, ObjectProvider<JwtDecoder> jwtDecoder,
                                   JwtUsers jwtUsers) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers(SWAGGER).permitAll()
                        .requestMatchers("/api/me").authenticated()
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/units/{unit}/**").access(units.reading())
                        .requestMatchers("/api/units/{unit}/**").access(units.writing())
                        // Imports name their units row by row: ImportsStayInTheirUnits checks each one.
                        .requestMatchers("/api/imports/**").hasRole(ACCOUNTANT)
                        // Overviews across units show only the caller's units.
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ACCOUNTANT, LEADER)
                        .requestMatchers("/api/**").hasRole(ACCOUNTANT)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors.unauthenticated()))
                // Only a browser's session cookie is an ambient credential a foreign page could ride on;
                // a request that brings its own credentials, or has no session, needs no CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutSessionCookie))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiErrors.unauthenticated())
                        .accessDeniedHandler(ApiErrors.denied()));
        jwtDecoder.ifAvailable(decoder -> {
            try {
                http.oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtUsers))
                        .authenticationEntryPoint(ApiErrors.unauthenticated())
                        .accessDeniedHandler(ApiErrors.denied()));
            } catch (Exception misconfigured) {
                throw new IllegalStateException(misconfigured);
            }
        });
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pageSecurity(HttpSecurity http, UnitAuthorization units) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/imports/**").hasRole(ACCOUNTANT)
                        .requestMatchers("/units/{unit}/years/{year}/payments", "/units/{unit}/years/{year}/adjustments")
                        .access(units.writing())
                        .requestMatchers("/units/{unit}/**").access(units.reading())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(deniedPage()))
                .build();
    }

    @Bean
    public PasswordEncoder passwordEncoder(@Value("${ledger.security.password-check-remembered}") Duration remembered) {
        // {bcrypt} by default; the prefix lets a later, stronger hash take over user by user.
        return new RememberedPasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(), remembered, 10_000);
    }

    private static boolean withoutSessionCookie(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || request.getSession(false) == null;
    }

    private static AccessDeniedHandler deniedPage() {
        return (request, response, failure) -> {
            log.warn("Denied {} {} to {}", request.getMethod(), request.getRequestURI(),
                    request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
    }
}
