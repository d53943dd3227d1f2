package cn.budgetledger.app.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.function.IntPredicate;

/**
 * Spring Security's strict firewall with its own rules for the characters of header names and values and of
 * parameter names — assigned Unicode, no control characters (a tab allowed in a header value) — checked code point
 * by code point instead of by its regular expressions, which took a tenth of an API request's CPU.
 */
public final class FirewallCharacters {

    private FirewallCharacters() {
    }

    public static StrictHttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallCharacters::headerValue);
        firewall.setAllowedParameterNames(FirewallCharacters::assignedAndNotControl);
        return firewall;
    }

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} */
    static boolean assignedAndNotControl(String text) {
        return every(text, character -> Character.isDefined(character) && !Character.isISOControl(character));
    }

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} */
    static boolean headerValue(String text) {
        return every(text, character -> character == '\t'
                || Character.isDefined(character) && !Character.isISOControl(character));
    }

    private static boolean every(String text, IntPredicate allowed) {
        for (int at = 0; at < text.length(); ) {
            int character = text.codePointAt(at);
            if (!allowed.test(character)) {
                return false;
            }
            at += Character.charCount(character);
        }
        return true;
    }
}
