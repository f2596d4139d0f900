package kzbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BoundedCacheTest {
    @Test
    void computesOnceAndRemembers() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10);
        AtomicInteger calls = new AtomicInteger();
        assertEquals(5, cache.computeIfAbsent("hello", s -> { calls.incrementAndGet(); return s.length(); }));
        assertEquals(5, cache.computeIfAbsent("hello", s -> { calls.incrementAndGet(); return -1; }));
        assertEquals(1, calls.get());
        assertEquals(5, cache.get("hello"));
    }

    @Property(tries = 50)
    void neverHoldsMoreThanItsCapacity(@ForAll @IntRange(min = 1, max = 200) int capacity,
                                       @ForAll @IntRange(min = 0, max = 2_000) int keys) {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(capacity);
        for (int k = 0; k < keys; k++) {
            assertEquals(k * 2, cache.computeIfAbsent(k, x -> x * 2));
            assertTrue(cache.size() <= capacity, cache.size() + " > " + capacity);
        }
        if (keys > 0) {
            assertEquals(keys - 1, cache.get(keys - 1) / 2, "the newest entry is kept");
        }
    }

    @Test
    void refusesNoCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, String>(0));
    }
}
