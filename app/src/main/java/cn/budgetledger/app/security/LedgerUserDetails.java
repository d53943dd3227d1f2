package cn.budgetledger.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Sign-in by password (form login and HTTP Basic) against the user directory, and the scrape credential. Not a
 * bean: {@link PasswordSignIn} is the one way a password is checked.
 */
public class LedgerUserDetails implements UserDetailsService {

    private final UserDirectory users;
    private final ScrapeCredential scraper;

    public LedgerUserDetails(UserDirectory users, ScrapeCredential scraper) {
        this.users = users;
        this.scraper = scraper;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return scraper.named(username).orElseGet(() -> {
            UserDirectory.Found found = users.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException(username));
            LedgerUser user = found.user();
            return User.withUsername(user.username())
                    .password(found.passwordHash())
                    .roles(user.role().name())
                    .disabled(!user.enabled())
                    .build();
        });
    }
}
