package kzbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import kzbot.answer.Answerer;
import kzbot.ingest.Ingester;
import kzbot.ingest.SourceFile;
import kzbot.store.SqliteCorpusWriter;
import kzbot.text.Gazetteer;

/**
 * Measures kzbot in-process: opening the database and loading the models, the full answer path
 * after a warm-up (latency on one thread, throughput on each thread count), heap after a full GC,
 * and optionally ingest and answering over a database of generated articles.
 */
public final class Benchmark {
    private static final long RANDOM_SEED = 20_240_501L;

    private final Function<Path, Answerer> open;
    private final Ingester ingester;
    private final SqliteCorpusWriter writer;
    private final Gazetteer gazetteer;
    private final LongSupplier nanoTime;
    private final LoadRunner runner;

    /** How long to run, on how many threads, and how many articles to generate (0 for none). */
    public record Settings(long warmupNanos, long measureNanos, int threads, int articles) {
        public Settings {
            if (measureNanos <= 0 || warmupNanos < 0 || threads < 1 || articles < 0) {
                throw new IllegalArgumentException("a positive time, at least one thread and no negative article count");
            }
        }
    }

    /** {@code open} builds the answerer over a database, as the application does at start. */
    public Benchmark(Function<Path, Answerer> open, Ingester ingester, SqliteCorpusWriter writer, Gazetteer gazetteer,
                     LongSupplier nanoTime, LongSupplier threadCpuTime) {
        this.open = open;
        this.ingester = ingester;
        this.writer = writer;
        this.gazetteer = gazetteer;
        this.nanoTime = nanoTime;
        this.runner = new LoadRunner(nanoTime, threadCpuTime);
    }

    /**
     * Runs every measurement over the database {@code db}; with articles, generates them from the
     * seeds in {@code sources} into {@code work} (an empty folder the caller deletes).
     */
    public BenchReport run(Settings s, Path db, List<String> questions, Path sources, Path work, Map<String, String> machine) {
        long t0 = nanoTime.getAsLong();
        Answerer answerer = open.apply(db);
        long load = nanoTime.getAsLong() - t0;
        Function<String, ?> ask = answerer::answer;
        if (s.warmupNanos() > 0) {
            runner.run(ask, questions, Math.max(2, s.threads()), s.warmupNanos());
        }
        List<Latencies> throughput = new ArrayList<>();
        for (int threads : new TreeSet<>(List.of(1, 2, s.threads()))) {
            throughput.add(runner.run(ask, questions, threads, s.measureNanos()));
        }
        long heap = heapAfterFullGc();
        java.lang.ref.Reference.reachabilityFence(answerer);
        Optional<BenchReport.CorpusFigures> corpus = s.articles() == 0 ? Optional.empty()
                : Optional.of(corpus(s, questions, sources, work));
        return new BenchReport(machine, questions.size(), load, heap, throughput.get(0), throughput, corpus);
    }

    private BenchReport.CorpusFigures corpus(Settings s, List<String> questions, Path sources, Path work) {
        List<SyntheticArticles.Seed> seeds = seeds(sources);
        SyntheticArticles generator = new SyntheticArticles(gazetteer, seeds, RANDOM_SEED);
        Path dir = work.resolve("articles");
        List<SyntheticArticles.Rewrite> articles = write(generator, s.articles(), dir);
        // the seeds go first: the ingest path is then compiled before the timed run starts
        long t0 = nanoTime.getAsLong();
        writer.write(ingester.ingest(sources), work.resolve("seeds.db"));
        long seedIngest = nanoTime.getAsLong() - t0;
        Path db = work.resolve("articles.db");
        long t1 = nanoTime.getAsLong();
        // an article at a time, as `kzbot ingest` does: a thousand articles are never held whole
        SqliteCorpusWriter.Written corpus = writer.write(sink -> ingester.ingest(List.of(dir), null, sink), db);
        long ingest = nanoTime.getAsLong() - t1;
        long bytes;
        try {
            bytes = Files.size(db);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + db, e);
        }
        Answerer answerer = open.apply(db);
        Function<String, ?> ask = answerer::answer;
        List<String> rewritten = generator.questions(questions, articles);
        if (s.warmupNanos() > 0) {
            runner.run(ask, rewritten, 2, s.warmupNanos());
        }
        Latencies one = runner.run(ask, rewritten, 1, s.measureNanos());
        Latencies two = runner.run(ask, rewritten, 2, s.measureNanos());
        return new BenchReport.CorpusFigures(articles.size(), seedIngest, ingest, bytes, (int) corpus.sentences(),
                (int) corpus.facts(), one, two);
    }

    /** Writes the articles and keeps only how each was made: their texts would crowd a small heap during the ingest. */
    private static List<SyntheticArticles.Rewrite> write(SyntheticArticles generator, int n, Path dir) {
        List<SyntheticArticles.Rewrite> out = new java.util.ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (SyntheticArticles.Article a : generator.generate(n)) {
                Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
                out.add(a.rewrite());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated articles to " + dir, e);
        }
        return out;
    }

    private List<SyntheticArticles.Seed> seeds(Path sources) {
        try (Stream<Path> files = Files.list(sources)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(SourceFile::read)
                    .map(f -> SyntheticArticles.seed(gazetteer, f.id(), f.text())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed articles in " + sources, e);
        }
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
