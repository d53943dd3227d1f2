package cn.budgetledger.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Optional;

/**
 * The Prometheus scrape credential (ledger.metrics.scrape.*): one more user outside the directory, role METRICS,
 * which may read /actuator/prometheus and nothing else. Without a password there is none, and nobody may scrape.
 */
public final class ScrapeCredential {

    public static final String ROLE = "METRICS";

    private final Optional<UserDetails> user;

    public ScrapeCredential(String username, String password, PasswordEncoder encoder) {
        this.user = password == null || password.isBlank() ? Optional.empty()
                : Optional.of(User.withUsername(username).password(encoder.encode(password)).roles(ROLE).build());
    }

    public boolean configured() {
        return user.isPresent();
    }

    /** The scrape user, when this is its name: a fresh copy, as sign-in erases the password of what it returns. */
    Optional<UserDetails> named(String username) {
        return user.filter(scraper -> scraper.getUsername().equals(username))
                .map(scraper -> User.withUserDetails(scraper).build());
    }

    /** Whether a user of the directory would take the scrape user's name (in any case). */
    public boolean isReserved(String username) {
        return user.map(scraper -> scraper.getUsername().equalsIgnoreCase(username)).orElse(false);
    }
}
