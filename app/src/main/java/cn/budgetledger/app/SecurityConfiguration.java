package cn.budgetledger.app;

import cn.budgetledger.app.security.FirewallCharacters;
import cn.budgetledger.app.security.HeaderCredentials;
import cn.budgetledger.app.security.JwtUsers;
import cn.budgetledger.app.security.LedgerUserDetails;
import cn.budgetledger.app.security.MatchersWithoutHandlerLookup;
import cn.budgetledger.app.security.ScrapeCredential;
import cn.budgetledger.app.security.PasswordSignIn;
import cn.budgetledger.app.security.RememberedPasswordChecks;
import cn.budgetledger.app.security.SessionUnlessHeaderCredentials;
import cn.budgetledger.app.security.SessionsFollowTheDirectory;
import cn.budgetledger.app.security.SignInThrottle;
import cn.budgetledger.app.security.SignInThrottledException;
import cn.budgetledger.app.security.UnitAuthorization;
import cn.budgetledger.app.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.PathPatternRequestTransformer;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.savedrequest.NullRequestCache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Two doors. The API (/api/**): HTTP Basic, or a bearer JWT when a resource server is configured
 * (spring.security.oauth2.resourceserver.jwt.issuer-uri …), or the session of a signed-in browser. The
 * pages: form login, CSRF protection, a session that times out (server.servlet.session.timeout). Behind
 * both, every path that names a unit asks the same UnitAccessPolicy. A browser session is held against the user
 * directory on every request; passwords are checked by {@link PasswordSignIn}, behind the {@link SignInThrottle}.
 * /actuator/prometheus answers only the scrape credential (ledger.metrics.scrape.*), /actuator/metrics only
 * administrators, and never the business amounts.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String ACCOUNTANT = "ACCOUNTANT";
    static final String LEADER = "LEADER";
    static final String ADMIN = "ADMIN";
    static final String REVIEWER = "REVIEWER";
    /** The business amounts per department are for the Prometheus scrape only. */
    private static final String AMOUNT_METRIC = "^/actuator/metrics/ledger\\.[^/?]*amount.*";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String[] SWAGGER = {"/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**"};

    /** Every {@code requestMatchers(String)} below matches on Spring's path patterns. */
    @Bean
    public static PathPatternRequestMatcherBuilderFactoryBean requestMatchersOnPathPatterns() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    public static MatchersWithoutHandlerLookup matchersWithoutHandlerLookup() {
        return new MatchersWithoutHandlerLookup();
    }

    /** Asking whether a user may open a URL (the privilege evaluator) with path-pattern matchers: see above. */
    @Bean
    public PathPatternRequestTransformer pathPatternRequestTransformer() {
        return new PathPatternRequestTransformer();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, UnitAuthorization units, ObjectProvider<JwtDecoder> jwtDecoder,
                                   JwtUsers jwtUsers, UserDirectory users) throws Exception {
        HeaderCredentials credentials = new HeaderCredentials(jwtDecoder.getIfAvailable() != null);
        http.securityMatcher("/api/**", "/actuator/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(ScrapeCredential.ROLE)
                        .requestMatchers(RegexRequestMatcher.regexMatcher(AMOUNT_METRIC)).denyAll()
                        .requestMatchers("/actuator/metrics/**").hasRole(ADMIN)
                        .requestMatchers(SWAGGER).permitAll()
                        .requestMatchers("/api/me").authenticated()
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/units/{unit}/**").access(units.reading())
                        .requestMatchers(HttpMethod.POST, "/api/units/{unit}/years/{year}/payments/{voucher}/approval",
                                "/api/units/{unit}/years/{year}/payments/{voucher}/return").access(units.reviewing())
                        .requestMatchers("/api/units/{unit}/**").access(units.writing())
                        .requestMatchers(HttpMethod.GET, "/api/departments/{department}/**").access(units.readingDepartment())
                        .requestMatchers("/api/departments/**").denyAll()
                        // Imports name their units row by row: ImportsStayInTheirUnits checks each one.
                        .requestMatchers("/api/imports/**").hasRole(ACCOUNTANT)
                        // Overviews across units show only the caller's units.
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ACCOUNTANT, LEADER, REVIEWER)
                        .requestMatchers("/api/**").hasRole(ACCOUNTANT)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors.unauthenticated()))
                // Only a browser's session cookie is an ambient credential a foreign page could ride on. A request
                // without a session needs no CSRF token, nor one with Basic or bearer credentials: it is authenticated
                // by them alone (SessionUnlessHeaderCredentials), never by the cookie. Any other header needs the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getSession(false) == null || credentials.carriedBy(request)))
                .securityContext(context -> context.securityContextRepository(new SessionUnlessHeaderCredentials(credentials)))
                .addFilterBefore(new SessionsFollowTheDirectory(users), AnonymousAuthenticationFilter.class)
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
    public SecurityFilterChain pageSecurity(HttpSecurity http, UnitAuthorization units, UserDirectory users) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/imports/**", "/years/new").hasRole(ACCOUNTANT)
                        .requestMatchers("/units/{unit}/years/{year}/payments", "/units/{unit}/years/{year}/adjustments",
                                "/units/{unit}/years/{year}/freezes",
                                "/units/{unit}/years/{year}/spending-plans",
                                "/units/{unit}/years/{year}/allocations", "/units/{unit}/years/{year}/corrections",
                                "/units/{unit}/years/{year}/targets", "/units/{unit}/years/{year}/closing")
                        .access(units.writing())
                        .requestMatchers("/units/{unit}/years/{year}/review").access(units.reviewing())
                        .requestMatchers("/units/{unit}/**").access(units.reading())
                        .requestMatchers("/departments/{department}/**").access(units.readingDepartment())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(signInFailed()))
                .addFilterBefore(new SessionsFollowTheDirectory(users), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(deniedPage()))
                .build();
    }

    @Bean
    public HttpFirewall httpFirewall() {
        return FirewallCharacters.strictFirewall();
    }

    /**
     * No observation of each security filter, authentication and authorization: wrapped around every filter they cost
     * a write more CPU than its command did (issue 19's profile); {@code http.server.requests} still times each request.
     */
    @Bean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public PasswordEncoder passwordEncoder(@Value("${ledger.security.password-check-remembered}") Duration remembered) {
        // {bcrypt} by default; the prefix lets a later, stronger hash take over user by user.
        return new RememberedPasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(), remembered, 10_000);
    }

    @Bean
    public SignInThrottle signInThrottle(@Value("${ledger.security.sign-in-throttle.max-failures-per-user}") int perUser,
                                         @Value("${ledger.security.sign-in-throttle.max-failures-per-address}") int perAddress,
                                         @Value("${ledger.security.sign-in-throttle.window}") Duration window,
                                         @Value("${ledger.security.sign-in-throttle.lockout}") Duration lockout) {
        return new SignInThrottle(new SignInThrottle.Policy(perUser, perAddress, window, lockout), Clock.systemUTC());
    }

    @Bean
    public ScrapeCredential scrapeCredential(PasswordEncoder passwords,
                                             @Value("${ledger.metrics.scrape.username}") String username,
                                             @Value("${ledger.metrics.scrape.password:}") String password) {
        ScrapeCredential scraper = new ScrapeCredential(username, password, passwords);
        if (!scraper.configured()) {
            log.info("No scrape credential (ledger.metrics.scrape.password, LEDGER_METRICS_PASSWORD): /actuator/prometheus answers 401");
        }
        return scraper;
    }

    /** The one way to sign in with a password; Spring uses it for form login and HTTP Basic alike. */
    @Bean
    public AuthenticationProvider passwordSignIn(UserDirectory users, ScrapeCredential scraper, PasswordEncoder passwords,
                                                 SignInThrottle throttle) {
        return new PasswordSignIn(new LedgerUserDetails(users, scraper), passwords, throttle);
    }

    /** A wrong password goes back to the login form; a locked sign-in is a 429 page that says how long to wait. */
    private static AuthenticationFailureHandler signInFailed() {
        return (request, response, failure) -> {
            if (failure instanceof SignInThrottledException throttled) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                        + "<title>登录</title></head><body><p>" + throttled.getMessage()
                        + "。</p><p><a href=\"" + request.getContextPath() + "/login\">返回登录</a></p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }

    private static AccessDeniedHandler deniedPage() {
        return (request, response, failure) -> {
            log.warn("Denied {} {} to {}", request.getMethod(), request.getRequestURI(),
                    request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
    }
}
