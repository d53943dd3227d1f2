package cn.budgetledger.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle's policy, on a clock the test moves: per user, per address, locks that end and do not grow. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Policy(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)), clock);

    @Test
    void a_user_is_locked_after_too_many_wrong_passwords_from_anywhere_whatever_the_case_of_the_name() {
        throttle.failed("kuaiji", "10.0.0.1");
        throttle.failed("KuaiJi", "10.0.0.2");
        assertThatCode(() -> throttle.check("kuaiji", "10.0.0.3")).doesNotThrowAnyException();

        throttle.failed("kuaiji", "10.0.0.3");

        assertThatThrownBy(() -> throttle.check("KUAIJI", "10.0.0.9"))
                .isInstanceOf(SignInThrottledException.class).hasMessage("登录失败次数过多，请 10 分钟后再试");
        assertThatCode(() -> throttle.check("lingdao", "10.0.0.9")).doesNotThrowAnyException();
    }

    @Test
    void an_address_is_locked_after_too_many_wrong_passwords_for_any_users() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThatThrownBy(() -> throttle.check("someone-else", "10.0.0.1")).isInstanceOf(SignInThrottledException.class);
        assertThatCode(() -> throttle.check("someone-else", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void a_lock_ends_by_itself_and_attempts_refused_meanwhile_do_not_lengthen_it() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("kuaiji", "10.0.0.1");
        }
        clock.pass(Duration.ofMinutes(9));
        // refused attempts while locked: the caller does not get as far as a password check, nothing is counted
        throttle.failed("kuaiji", "10.0.0.1");
        assertThatThrownBy(() -> throttle.check("kuaiji", "10.0.0.1")).isInstanceOf(SignInThrottledException.class);

        clock.pass(Duration.ofMinutes(1));

        assertThatCode(() -> throttle.check("kuaiji", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void failures_older_than_the_window_are_forgotten() {
        throttle.failed("kuaiji", "10.0.0.1");
        throttle.failed("kuaiji", "10.0.0.1");
        clock.pass(Duration.ofMinutes(16));

        throttle.failed("kuaiji", "10.0.0.1");

        assertThatCode(() -> throttle.check("kuaiji", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void the_wait_is_announced_in_seconds_for_retry_after() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("kuaiji", "10.0.0.1");
        }
        clock.pass(Duration.ofSeconds(599));

        assertThatThrownBy(() -> throttle.check("kuaiji", "10.0.0.1"))
                .isInstanceOfSatisfying(SignInThrottledException.class, locked -> {
                    assertThat(locked.retryAfterSeconds()).isEqualTo(1);
                    assertThat(locked.getMessage()).contains("1 分钟");
                });
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
