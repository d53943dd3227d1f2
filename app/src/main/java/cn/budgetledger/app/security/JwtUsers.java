package cn.budgetledger.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A bearer token proves who the caller is; what they may do is still this ledger's decision: the token's
 * user (claim ledger.security.jwt.username-claim, default sub) must be an enabled user of the directory,
 * whose role and units apply. An unknown user is authenticated but has no role, so every request is a 403.
 */
@Component
public class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UserDirectory users;
    private final String usernameClaim;

    public JwtUsers(UserDirectory users, @Value("${ledger.security.jwt.username-claim:sub}") String usernameClaim) {
        this.users = users;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.getClaimAsString(usernameClaim);
        List<GrantedAuthority> authorities = users.find(username).filter(LedgerUser::enabled)
                .<List<GrantedAuthority>>map(user -> List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())))
                .orElse(List.of());
        return new JwtAuthenticationToken(jwt, authorities, username);
    }
}
