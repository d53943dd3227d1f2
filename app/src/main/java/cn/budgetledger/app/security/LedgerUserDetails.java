package cn.budgetledger.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Optional;

/**
 * Sign-in by password (form login and HTTP Basic) against the user directory; a disabled user cannot. The
 * Prometheus scrape credential, when configured, is one more user outside the directory: role METRICS, which may
 * read /actuator/prometheus and nothing else.
 */
public class LedgerUserDetails implements UserDetailsService {

    public static final String METRICS = "METRICS";

    private final UserDirectory users;
    private final Optional<UserDetails> scraper;

    public LedgerUserDetails(UserDirectory users, Optional<UserDetails> scraper) {
        this.users = users;
        this.scraper = scraper;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (scraper.isPresent() && scraper.get().getUsername().equals(username)) {
            return User.withUserDetails(scraper.get()).build();
        }
        LedgerUser user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(users.passwordHash(username).orElseThrow())
                .roles(user.role().name())
                .disabled(!user.enabled())
                .build();
    }

    /** The scrape credential's name, which no user of the directory may take. */
    public boolean isReserved(String username) {
        return scraper.map(scrape -> scrape.getUsername().equalsIgnoreCase(username)).orElse(false);
    }
}
