package kzbot.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BearerTokenTest {
    private final BearerToken token = new BearerToken("abc123");

    @Test
    void admitsTheTokenInTheBearerScheme() {
        assertTrue(token.admits("Bearer abc123"));
        assertTrue(token.admits("bearer abc123"));
        assertTrue(token.admits("BEARER  abc123 "));
    }

    @Test
    void refusesAnythingElse() {
        for (String h : new String[] {null, "", "Bearer", "Bearer ", "abc123", "Basic abc123", "Bearer abc12", "Bearer abc1234",
                "Bearer ABC123", "Bearerabc123"}) {
            assertFalse(token.admits(h), String.valueOf(h));
        }
    }
}
