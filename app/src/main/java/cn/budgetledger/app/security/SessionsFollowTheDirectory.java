package cn.budgetledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A browser's session remembers who signed in, and with which role, at sign-in. On every request it is held
 * against the directory again: a user disabled, removed or given another role since is signed out at once (the
 * session ends, the request goes on unauthenticated: 401 for the API, the login page for the pages). HTTP Basic
 * and bearer requests load the user afresh anyway. Not a bean, so it runs only inside the security chains.
 */
public final class SessionsFollowTheDirectory extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionsFollowTheDirectory.class);

    private final UserDirectory users;

    public SessionsFollowTheDirectory(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (signedIn != null && session != null && signedIn.equals(sessionsUser(session)) && !stillValid(signedIn)) {
            log.warn("Session of {} ended: the user is disabled, removed or has another role now", signedIn.getName());
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication signedIn) {
        return users.find(signedIn.getName())
                .filter(LedgerUser::enabled)
                .map(user -> signedIn.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + user.role().name())))
                .orElse(false);
    }

    private static Authentication sessionsUser(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context.getAuthentication() : null;
    }
}
