package cn.budgetledger.command.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A fingerprint of a document's content, so a resent document can be told from a different one under
 * the same number without keeping the whole document in the aggregate.
 */
final class ContentDigest {

    private ContentDigest() {
    }

    static String of(Object... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.deepToString(parts).getBytes(StandardCharsets.UTF_8));
            // 128 bits tell documents apart as surely as 256, in half the memory and snapshot.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
