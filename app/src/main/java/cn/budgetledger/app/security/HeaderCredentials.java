package cn.budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Whether a request brings credentials of its own in its Authorization header, in a form this ledger accepts:
 * HTTP Basic ({@code user:password} in Base64) or, when a resource server is configured, a bearer token (RFC 6750
 * syntax, as Spring's resource server reads it, which then also skips CSRF for it). Such a request is authenticated
 * by that header alone, or refused with a 401, never by a session cookie riding along, so it needs no CSRF token.
 * An empty header, {@code Basic garbage}, or any bearer without a resource server, is no credential: the session
 * applies, and with it the CSRF token.
 */
public final class HeaderCredentials {

    private static final Pattern BASIC = Pattern.compile("(?i)basic [A-Za-z0-9+/]+={0,2}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer [A-Za-z0-9._~+/-]+=*");

    private final boolean bearerAccepted;

    public HeaderCredentials(boolean bearerAccepted) {
        this.bearerAccepted = bearerAccepted;
    }

    public boolean carriedBy(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return false;
        }
        return isBasic(header) || (bearerAccepted && BEARER.matcher(header).matches());
    }

    private static boolean isBasic(String header) {
        if (!BASIC.matcher(header).matches()) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
