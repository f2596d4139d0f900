package kzbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRank() {
        long[] values = new long[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 - i;
        }
        Latencies l = Latencies.of(1, values, 2_000_000_000L, 1_000_000_000L);
        assertEquals(50, l.p50Nanos());
        assertEquals(90, l.p90Nanos());
        assertEquals(99, l.p99Nanos());
        assertEquals(100, l.maxNanos());
        assertEquals(50.0, l.questionsPerSecond(), 1e-9);
        assertEquals(0.5, l.coresUsed(), 1e-9);
        assertEquals(1e7, l.cpuNanosPerQuestion(), 1e-9);
    }

    @Test
    void countsEveryQuestionAskedOnEveryThread() {
        int[] asked = new int[1];
        long[] clock = {0};
        LoadRunner runner = new LoadRunner(() -> clock[0], () -> clock[0] / 2);
        Latencies l = runner.run(q -> {
            synchronized (asked) {
                asked[0]++;
                clock[0] += 10;
            }
            return q;
        }, java.util.List.of("a", "b"), 1, 1_000);
        assertEquals(asked[0], l.count());
        assertEquals(100, l.count());
        assertEquals(500, l.cpuNanos());
    }
}
