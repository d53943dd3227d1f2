package cn.budgetledger.app.security;

import cn.budgetledger.app.support.LedgerApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security filters match on path patterns, and no filter looks up Spring MVC's handler before them; whether a user
 * may open a URL is still answered (Thymeleaf's {@code sec:authorize-url} asks it).
 */
class MatchersWithoutHandlerLookupTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.shared();

    @Test
    void the_security_filters_are_spring_securitys_own_chain_matching_on_path_patterns() {
        FilterChainProxy security = app.bean(FilterChainProxy.class);

        DefaultSecurityFilterChain api = (DefaultSecurityFilterChain) security.getFilterChains().get(0);

        assertThat(security.getClass().getName()).as("no handler lookup wrapped around the chains")
                .doesNotContain("WebMvcSecurityConfiguration");
        assertThat(api.getRequestMatcher()).isInstanceOf(OrRequestMatcher.class);
        assertThat(api.getRequestMatcher().toString()).as("the API's chain matches on path patterns")
                .contains("PathPattern [/api/**]");
    }

    @Test
    void whether_a_user_may_open_a_url_is_still_answered() {
        WebInvocationPrivilegeEvaluator privileges = app.bean(WebInvocationPrivilegeEvaluator.class);
        Authentication accountant = new TestingAuthenticationToken("accountant", "", "ROLE_ACCOUNTANT");

        boolean administration = privileges.isAllowed("/admin/users", accountant);
        boolean imports = privileges.isAllowed("/imports/new", accountant);

        assertThat(administration).isFalse();
        assertThat(imports).isTrue();
    }
}
