package cn.budgetledger.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API is authenticated (HTTP Basic for API clients). Accountants record; managers read. The demo
 * users of formats.md exist only in demo mode.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String ACCOUNTANT = "ACCOUNTANT";
    static final String MANAGER = "MANAGER";

    @Bean
    public SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ACCOUNTANT, MANAGER)
                        .requestMatchers("/api/**").hasRole(ACCOUNTANT)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // API clients send credentials on every request; there is no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiErrors.unauthenticated())
                        .accessDeniedHandler(ApiErrors.denied()))
                .build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
    public UserDetailsService demoUsers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("accountant").password(encoder.encode("accountant")).roles(ACCOUNTANT).build(),
                User.withUsername("manager").password(encoder.encode("manager")).roles(MANAGER).build());
    }
}
