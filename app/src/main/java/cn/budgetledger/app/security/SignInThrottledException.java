package cn.budgetledger.app.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many wrong passwords lately: answered 429 with the wait, before any password is checked. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("登录失败次数过多，请 " + minutes(retryAfter) + " 分钟后再试");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
