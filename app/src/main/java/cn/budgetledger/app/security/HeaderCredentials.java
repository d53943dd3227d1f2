package cn.budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Whether a request brings credentials of its own in its Authorization header, in a form this ledger accepts:
 * HTTP Basic ({@code user:password} in Base64) or, when a resource server is configured, a bearer JWT. Such a
 * request is authenticated by that header alone, never by a session cookie riding along, so it needs no CSRF
 * token; an empty header, {@code Bearer junk} or {@code Basic garbage} is not a credential and changes nothing.
 */
public final class HeaderCredentials {

    private static final Pattern BASIC = Pattern.compile("(?i)basic [A-Za-z0-9+/]+={0,2}");
    /** A JWS in compact form: header, payload and signature, Base64url, separated by dots. */
    private static final Pattern BEARER_JWT = Pattern.compile("(?i)bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final boolean bearerAccepted;

    public HeaderCredentials(boolean bearerAccepted) {
        this.bearerAccepted = bearerAccepted;
    }

    public boolean carriedBy(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return false;
        }
        return isBasic(header) || (bearerAccepted && BEARER_JWT.matcher(header).matches());
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
