package kzbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import kzbot.bench.BenchReport;
import kzbot.bench.Benchmark;
import kzbot.cli.DevSetEvaluation;
import kzbot.ingest.IngestException;
import kzbot.ingest.Ingester;
import kzbot.ingest.SentenceSplitter;
import kzbot.store.SqliteCorpusWriter;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed and footprint in-process: the answer path over the questions (after a warm-up),"
                + " start-up cost, heap, and with --articles ingest and answering over generated articles.",
                "The last line is: bench: p50_us=… p99_us=… qps_1t=… qps_2t=… load_ms=… heap_mb=…"
                        + " [ingest_ms=… per_article_ms=…]"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Option(names = "--threads", paramLabel = "T", description = "also measure throughput on T threads (1 and 2 always; default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--seconds", paramLabel = "S", description = "length of each timed run (default: ${DEFAULT-VALUE})")
    int seconds = 10;

    @Option(names = "--warmup", paramLabel = "S", description = "warm-up before timing (default: --seconds, at most 5)")
    Integer warmup;

    @Option(names = "--articles", paramLabel = "N", description = "also generate N articles, ingest them and answer against them")
    int articles;

    @Option(names = "--sources", paramLabel = "DIR", description = "seed articles to generate from (default: ${DEFAULT-VALUE})")
    Path sources = Home.resolve("data/sources");

    @Option(names = "--questions", paramLabel = "FILE", description = "questions: an evaluation set (.tsv) or one per line (default: ${DEFAULT-VALUE})")
    Path questions = Home.resolve("data/eval/dev.tsv");

    @Option(names = "--json", description = "print the figures as one JSON object instead of the table")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || threads < 1 || articles < 0 || (warmup != null && warmup < 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--seconds and --threads must be at least 1, --warmup and --articles not negative");
        }
        List<String> asked = readQuestions(questions);
        long warm = TimeUnit.SECONDS.toNanos(warmup != null ? warmup : Math.min(seconds, 5));
        Benchmark.Settings settings = new Benchmark.Settings(warm, TimeUnit.SECONDS.toNanos(seconds), threads, articles);
        Gazetteer gazetteer = Gazetteer.load();
        Benchmark bench = new Benchmark(db -> Wiring.answerer(paths, db),
                Ingester.english(), new SqliteCorpusWriter(), gazetteer,
                System::nanoTime, ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime);
        Path work = Files.createTempDirectory("kzbot-bench");
        BenchReport report;
        try {
            report = bench.run(settings, paths.db(), asked, sources, work, machine());
        } finally {
            deleteTree(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report.figures()));
        } else {
            report.print(out);
        }
        return ExitCodes.OK;
    }

    private static List<String> readQuestions(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().endsWith(".tsv")) {
                return DevSetEvaluation.read(in).stream().map(DevSetEvaluation.Row::question).toList();
            }
            List<String> out = in.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no questions in the file");
            }
            return out;
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.NO_INPUT, file + ": cannot read the questions ("
                    + IngestException.describe(e) + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IngestException(IngestException.Reason.BAD_DATA, file + ": " + e.getMessage(), e);
        }
    }

    /** The machine the figures were taken on, as the README table records it. */
    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nproc", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("cpu", cpuModel());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("jvm_options", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        m.put("max_heap_mb", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        return m;
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try (Stream<String> lines = Files.lines(cpuinfo, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unknown (" + System.getProperty("os.arch") + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
