package cn.budgetledger.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * API clients send HTTP Basic credentials with every request, and a BCrypt check costs tens of milliseconds of
 * CPU: more than the query it guards. So a password that matched its stored hash is remembered for a while.
 * The key includes the stored hash, so a changed password forgets the old one at once; the user itself is still
 * loaded on every request (a disabled user or a changed role takes effect at once). The remembered form is an
 * HMAC under a key that lives only in this process, never the password.
 */
public final class RememberedPasswordChecks implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Cache<String, Boolean> matched;
    /** One initialised HMAC per request thread: looking the algorithm up and keying it cost more than the HMAC. */
    private final ThreadLocal<Mac> hmac;

    public RememberedPasswordChecks(PasswordEncoder encoder, Duration remembered, long capacity) {
        this.encoder = encoder;
        this.matched = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(capacity).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
        this.hmac = ThreadLocal.withInitial(() -> keyed(key));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        if (!UserRules.mayMatch(rawPassword)) {
            return false;
        }
        String check = fingerprint(rawPassword, encodedPassword);
        if (matched.getIfPresent(check) != null) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(check, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        Mac mac = hmac.get();
        mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
