package cn.budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The API reads a signed-in browser's session, except for a request that brings its own credentials: that one is
 * authenticated by its header or not at all. So a wrong password sent with a session cookie is a 401, never the
 * session's user, and skipping CSRF for such a request cannot let a foreign page ride on the cookie.
 */
public final class SessionUnlessHeaderCredentials extends HttpSessionSecurityContextRepository {

    private final HeaderCredentials credentials;

    public SessionUnlessHeaderCredentials(HeaderCredentials credentials) {
        this.credentials = credentials;
        setAllowSessionCreation(false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (!credentials.carriedBy(request)) {
            return super.loadDeferredContext(request);
        }
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return SecurityContextHolder.createEmptyContext();
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !credentials.carriedBy(request) && super.containsContext(request);
    }
}
