package kzbot.bench;

import java.util.Arrays;

/**
 * Latencies of answered questions over a timed run, with the run's throughput and the CPU time its
 * threads used: on a busy machine two threads may get less than two cores, and that shows here.
 */
public record Latencies(int threads, long count, long elapsedNanos, long cpuNanos, long p50Nanos, long p90Nanos,
                        long p99Nanos, long maxNanos) {
    /** Summarises per-question latencies (nanoseconds, any order) taken over {@code elapsedNanos}. */
    static Latencies of(int threads, long[] nanos, long elapsedNanos, long cpuNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(threads, sorted.length, elapsedNanos, cpuNanos, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** CPU time per question, all threads together. */
    public double cpuNanosPerQuestion() {
        return count == 0 ? 0 : (double) cpuNanos / count;
    }

    /** How many cores the run kept busy on average. */
    public double coresUsed() {
        return elapsedNanos == 0 ? 0 : (double) cpuNanos / elapsedNanos;
    }

    public double questionsPerSecond() {
        return elapsedNanos == 0 ? 0 : count * 1e9 / elapsedNanos;
    }
}
