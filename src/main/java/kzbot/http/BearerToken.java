package kzbot.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The shared secret that API clients present as {@code Authorization: Bearer <token>}. Both sides
 * are hashed before a constant-time comparison, so neither the content nor the length of the token
 * shows in how long a refusal takes.
 */
final class BearerToken {
    private static final String SCHEME = "bearer ";

    private final byte[] digest;

    BearerToken(String token) {
        this.digest = sha256(token);
    }

    /** Whether an Authorization header value carries this token. */
    boolean admits(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(SCHEME.length()).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
