package cn.budgetledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordChecksTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    };
    private final RememberedPasswordChecks passwords = new RememberedPasswordChecks(counted, Duration.ofMinutes(10), 100);

    @Test
    void a_password_that_matched_is_not_checked_again() {
        String stored = passwords.encode("s3cret");

        boolean first = passwords.matches("s3cret", stored);
        boolean second = passwords.matches("s3cret", stored);

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_checked_every_time_and_never_remembered() {
        String stored = passwords.encode("s3cret");
        passwords.matches("s3cret", stored);

        boolean wrong = passwords.matches("guess", stored);
        boolean wrongAgain = passwords.matches("guess", stored);

        assertThat(wrong).isFalse();
        assertThat(wrongAgain).isFalse();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void a_changed_password_forgets_the_old_one_at_once() {
        String old = passwords.encode("s3cret");
        passwords.matches("s3cret", old);

        String changed = passwords.encode("n3w-secret");

        assertThat(passwords.matches("s3cret", changed)).isFalse();
        assertThat(passwords.matches("n3w-secret", changed)).isTrue();
    }

    @Test
    void nothing_is_remembered_beyond_its_time() throws Exception {
        RememberedPasswordChecks briefly = new RememberedPasswordChecks(counted, Duration.ofMillis(1), 100);
        String stored = briefly.encode("s3cret");
        briefly.matches("s3cret", stored);

        Thread.sleep(20);
        briefly.matches("s3cret", stored);

        assertThat(bcryptChecks).hasValue(2);
    }
}
