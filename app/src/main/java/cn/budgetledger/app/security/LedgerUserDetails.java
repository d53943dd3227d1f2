package cn.budgetledger.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in by password (form login and HTTP Basic) against the user directory; a disabled user cannot. */
@Service
public class LedgerUserDetails implements UserDetailsService {

    private final UserDirectory users;

    public LedgerUserDetails(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LedgerUser user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(users.passwordHash(username).orElseThrow())
                .roles(user.role().name())
                .disabled(!user.enabled())
                .build();
    }
}
