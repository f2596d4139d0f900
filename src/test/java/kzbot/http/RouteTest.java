package kzbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTest {
    private static final Route.Handler NONE = r -> Reply.ok(Map.of());
    private final Route source = Route.of("/v1/sources/{id}", Map.of("GET", NONE));

    @Test
    void matchesOneSegmentPerParameter() {
        assertEquals(Optional.of(Map.of("id", "kz-pakistan")), source.match("/v1/sources/kz-pakistan"));
        assertEquals(Optional.of(Map.of("id", "a%2Fb")), source.match("/v1/sources/a%2Fb"));
        assertEquals(Optional.empty(), source.match("/v1/sources/"));
        assertEquals(Optional.empty(), source.match("/v1/sources"));
        assertEquals(Optional.empty(), source.match("/v1/sources/a/b"));
        assertEquals(Optional.empty(), source.match("/v1/Sources/a"));
    }

    @Test
    void allowsHeadBesideGetAndAlwaysOptions() {
        assertEquals("GET, HEAD, OPTIONS", source.allow());
        assertEquals("OPTIONS, POST", Route.of("/x", Map.of("POST", NONE)).allow());
        assertEquals(Optional.empty(), Route.of("/x", Map.of("POST", NONE)).handler("HEAD"));
    }
}
