package kzbot.bench;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one benchmark run measured: the answer path over the given database (latency on one thread,
 * throughput on each thread count), start-up cost and heap, and optionally the same against a
 * database of generated articles with what ingesting them cost.
 */
public record BenchReport(Map<String, String> machine, int questions, long loadNanos, long heapBytes, Latencies latency,
                          List<Latencies> throughput, Optional<CorpusFigures> corpus) {
    /** Ingest and answering figures for a database of generated articles. */
    public record CorpusFigures(int articles, long seedIngestNanos, long ingestNanos, long databaseBytes, int sentences,
                                int facts, Latencies latency, Latencies twoThreads) {
        public double perArticleMillis() {
            return ingestNanos / 1e6 / articles;
        }
    }

    public BenchReport {
        machine = Map.copyOf(machine);
        throughput = List.copyOf(throughput);
    }

    public double qps(int threads) {
        return throughput.stream().filter(l -> l.threads() == threads).mapToDouble(Latencies::questionsPerSecond)
                .findFirst().orElse(0);
    }

    /** The one line a script greps: {@code bench: p50_us=… p99_us=… qps_1t=… qps_2t=… load_ms=… heap_mb=…}. */
    public String summaryLine() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "bench: p50_us=%d p99_us=%d qps_1t=%d qps_2t=%d load_ms=%d heap_mb=%.1f", micros(latency.p50Nanos()),
                micros(latency.p99Nanos()), Math.round(qps(1)), Math.round(qps(2)), millis(loadNanos), megabytes(heapBytes)));
        corpus.ifPresent(c -> sb.append(String.format(Locale.ROOT, " ingest_ms=%d per_article_ms=%.1f",
                millis(c.ingestNanos()), c.perArticleMillis())));
        return sb.toString();
    }

    /** Every figure under the keys of the summary line (and a few more), for --json. */
    public Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50_us", micros(latency.p50Nanos()));
        m.put("p90_us", micros(latency.p90Nanos()));
        m.put("p99_us", micros(latency.p99Nanos()));
        m.put("max_us", micros(latency.maxNanos()));
        for (Latencies t : throughput) {
            m.put("qps_" + t.threads() + "t", Math.round(t.questionsPerSecond()));
        }
        for (Latencies t : throughput) {
            m.put("cpu_us_per_q_" + t.threads() + "t", micros(Math.round(t.cpuNanosPerQuestion())));
            m.put("cores_" + t.threads() + "t", Math.round(t.coresUsed() * 100) / 100.0);
        }
        m.put("load_ms", millis(loadNanos));
        m.put("heap_mb", Math.round(megabytes(heapBytes) * 10) / 10.0);
        m.put("questions", questions);
        m.put("answered_1t", latency.count());
        corpus.ifPresent(c -> {
            m.put("ingest_ms", millis(c.ingestNanos()));
            m.put("per_article_ms", Math.round(c.perArticleMillis() * 10) / 10.0);
            m.put("articles", c.articles());
            m.put("seed_ingest_ms", millis(c.seedIngestNanos()));
            m.put("db_mb", Math.round(megabytes(c.databaseBytes()) * 10) / 10.0);
            m.put("sentences", c.sentences());
            m.put("facts", c.facts());
            m.put("articles_p50_us", micros(c.latency().p50Nanos()));
            m.put("articles_p90_us", micros(c.latency().p90Nanos()));
            m.put("articles_p99_us", micros(c.latency().p99Nanos()));
            m.put("articles_max_us", micros(c.latency().maxNanos()));
            m.put("articles_qps_1t", Math.round(c.latency().questionsPerSecond()));
            m.put("articles_qps_2t", Math.round(c.twoThreads().questionsPerSecond()));
            m.put("articles_cpu_us_per_q_1t", micros(Math.round(c.latency().cpuNanosPerQuestion())));
        });
        m.put("machine", new LinkedHashMap<>(new java.util.TreeMap<>(machine)));
        return m;
    }

    /** The human table, then the summary line. */
    public void print(PrintWriter out) {
        machine.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf(Locale.ROOT, "%-22s %s%n", e.getKey(), e.getValue()));
        out.printf(Locale.ROOT, "%-22s %d ms%n", "open db + load models", millis(loadNanos));
        out.printf(Locale.ROOT, "%-22s %.1f MB%n", "heap after full GC", megabytes(heapBytes));
        out.printf(Locale.ROOT, "%n%-22s %8s %8s %8s %8s %10s %10s %6s%n", "answer path (µs)", "p50", "p90", "p99", "max",
                "q/s", "cpu µs/q", "cores");
        row(out, "seeds, " + questions + " questions", latency);
        for (Latencies t : throughput) {
            throughputRow(out, "  " + t.threads() + " thread" + (t.threads() == 1 ? "" : "s"), t);
        }
        corpus.ifPresent(c -> {
            row(out, c.articles() + " articles", c.latency());
            throughputRow(out, "  2 threads", c.twoThreads());
            out.printf(Locale.ROOT, "%n%-22s %d ms (the seeds, first: warms the ingest path)%n", "ingest seeds", millis(c.seedIngestNanos()));
            out.printf(Locale.ROOT, "%-22s %d ms, %.1f ms per article%n", "ingest " + c.articles() + " articles",
                    millis(c.ingestNanos()), c.perArticleMillis());
            out.printf(Locale.ROOT, "%-22s %.1f MB, %d sentences, %d facts%n", "database", megabytes(c.databaseBytes()),
                    c.sentences(), c.facts());
        });
        out.println();
        out.println(summaryLine());
    }

    private static void row(PrintWriter out, String label, Latencies l) {
        out.printf(Locale.ROOT, "%-22s %8d %8d %8d %8d %10d %10d %6.2f%n", label, micros(l.p50Nanos()), micros(l.p90Nanos()),
                micros(l.p99Nanos()), micros(l.maxNanos()), Math.round(l.questionsPerSecond()),
                micros(Math.round(l.cpuNanosPerQuestion())), l.coresUsed());
    }

    private static void throughputRow(PrintWriter out, String label, Latencies l) {
        out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %10d %10d %6.2f%n", label, "", "", "", "", Math.round(l.questionsPerSecond()),
                micros(Math.round(l.cpuNanosPerQuestion())), l.coresUsed());
    }

    private static long micros(long nanos) {
        return Math.round(nanos / 1e3);
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
