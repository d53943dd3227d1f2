package cn.budgetledger.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing down, per user and per address. {@code maxPerUser} wrong passwords for one username
 * within {@code window}, from anywhere, lock that username for {@code lockout}; {@code maxPerAddress} wrong
 * passwords from one address, for any usernames, lock that address. While locked, an attempt is refused before
 * any password is checked (the right password too) and counts for nothing, so refused attempts never lengthen a
 * lock: keeping a user locked costs an attacker {@code maxPerUser} fresh failures every {@code lockout}, each
 * within their own address's allowance. A lock ends by itself; nothing is locked for good.
 */
public final class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    /** Entries kept at most: a flood of made-up usernames pushes out the oldest, it cannot fill the heap. */
    private static final long CAPACITY = 100_000;

    public record Policy(int maxPerUser, int maxPerAddress, Duration window, Duration lockout) {
    }

    private final Policy policy;
    private final Clock clock;
    private final Cache<String, Failures> byUser;
    private final Cache<String, Failures> byAddress;

    public SignInThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        Duration kept = policy.window().plus(policy.lockout());
        this.byUser = Caffeine.newBuilder().expireAfterAccess(kept).maximumSize(CAPACITY).build();
        this.byAddress = Caffeine.newBuilder().expireAfterAccess(kept).maximumSize(CAPACITY).build();
    }

    /** Refuses an attempt while the username or the address is locked; the exception says for how long. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> left = lockLeft(byUser, userKey(username), now)
                .or(() -> lockLeft(byAddress, address, now));
        if (left.isPresent()) {
            // Each lock is logged once when it starts; a flood of refused attempts must not flood the log too.
            log.debug("Sign-in refused while locked: user {} from {}, {} s left", username, address, left.get().toSeconds());
            throw new SignInThrottledException(left.get());
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(byUser, userKey(username), policy.maxPerUser(), now, "user " + username + " (last from " + address + ")");
        count(byAddress, address, policy.maxPerAddress(), now, "address " + address + " (last as " + username + ")");
    }

    private void count(Cache<String, Failures> failures, String key, int max, Instant now, String who) {
        Failures of = failures.get(key, any -> new Failures());
        synchronized (of) {
            if (of.lockedUntil != null && now.isBefore(of.lockedUntil)) {
                return;
            }
            while (!of.times.isEmpty() && !of.times.peekFirst().isAfter(now.minus(policy.window()))) {
                of.times.pollFirst();
            }
            of.times.addLast(now);
            if (of.times.size() >= max) {
                of.times.clear();
                of.lockedUntil = now.plus(policy.lockout());
                log.warn("Sign-in locked for {} s: {} wrong passwords within {} s for {}", policy.lockout().toSeconds(),
                        max, policy.window().toSeconds(), who);
            }
        }
    }

    private static Optional<Duration> lockLeft(Cache<String, Failures> failures, String key, Instant now) {
        Failures of = failures.getIfPresent(key);
        if (of == null) {
            return Optional.empty();
        }
        synchronized (of) {
            return of.lockedUntil != null && now.isBefore(of.lockedUntil)
                    ? Optional.of(Duration.between(now, of.lockedUntil)) : Optional.empty();
        }
    }

    /** Usernames are unique regardless of case, so ADMIN and admin are one target. */
    private static String userKey(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
