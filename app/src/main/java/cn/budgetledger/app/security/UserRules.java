package cn.budgetledger.app.security;

import cn.budgetledger.api.LedgerException;

import java.nio.charset.StandardCharsets;

/** What a user's name, display name and password may be; the administration API and sign-in share it. */
final class UserRules {

    static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most 72 bytes: a longer password would be cut silently, so it is refused instead. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME = 64;

    private UserRules() {
    }

    static String checkedUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw LedgerException.invalid("USERNAME_MALFORMED", "用户名应为 2 至 64 位字母、数字或 . _ -");
        }
        return username;
    }

    static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw LedgerException.invalid("PASSWORD_TOO_SHORT", "密码至少 " + MIN_PASSWORD + " 位");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw LedgerException.invalid("PASSWORD_TOO_LONG", "密码最长 " + MAX_PASSWORD_BYTES
                    + " 字节（BCrypt 的上限；一个汉字占 3 字节），收到 " + bytes + " 字节");
        }
        return password;
    }

    /** No stored password is longer than BCrypt reads, so a longer one presented at sign-in matches nothing. */
    static boolean mayMatch(CharSequence presented) {
        return presented.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /** A display name is shown on every page and in every event's recorder: short, plain, no hidden characters. */
    static String checkedDisplayName(String displayName, String username) {
        if (displayName == null || displayName.isBlank()) {
            return username;
        }
        boolean hidden = displayName.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE);
        if (displayName.length() > MAX_DISPLAY_NAME || hidden) {
            throw LedgerException.invalid("DISPLAY_NAME_MALFORMED",
                    "显示名最长 " + MAX_DISPLAY_NAME + " 个字符，且不能含控制字符或不可见的格式字符");
        }
        return displayName.strip();
    }
}
