package kzbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import kzbot.domain.Corpus;
import kzbot.domain.Fact;
import kzbot.ingest.Ingester;
import kzbot.ingest.SentenceSplitter;
import kzbot.store.SqliteCorpusWriter;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Builds the SQLite fact table from every .txt article in a folder.",
                "The database is replaced only when the whole ingest succeeds."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "DIR", description = "folder of articles (default: ${DEFAULT-VALUE})")
    Path sources = Home.resolve("data/sources");

    @picocli.CommandLine.Mixin
    Paths paths;

    @Option(names = "--skip-bad", description = "report an article that cannot be read and leave it out, instead of stopping")
    boolean skipBad;

    @Option(names = "--quiet", description = "print nothing but errors and skipped articles")
    boolean quiet;

    @Override
    public Integer call() {
        Path db = paths.db();
        long t0 = System.nanoTime();
        Ingester ingester = Ingester.english();
        PrintWriter err = spec.commandLine().getErr();
        // written an article at a time: a large corpus is never held whole; only the summary is kept
        java.util.List<kzbot.domain.Document> documents = new java.util.ArrayList<>();
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byTopic = new TreeMap<>();
        SqliteCorpusWriter.Written written = new SqliteCorpusWriter().write(sink -> ingester.ingest(java.util.List.of(sources),
                skipBad ? e -> err.println("kzbot: skipped " + e.getMessage()) : null, part -> {
                    sink.accept(part);
                    documents.addAll(part.documents());
                    count(part, f -> f.kind().code(), byKind);
                    count(part, f -> f.topic().code(), byTopic);
                }), db);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (quiet) {
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ingested %d documents, %d sentences, %d facts into %s in %d ms%n",
                written.documents(), written.sentences(), written.facts(), db, ms);
        out.println("facts by kind:  " + joined(byKind));
        out.println("facts by topic: " + joined(byTopic));
        documents.forEach(d -> out.printf(Locale.ROOT, "  %-28s partner: %-14s %s%n", d.id(),
                d.partner().isEmpty() ? "-" : d.partner(), d.title()));
        return ExitCodes.OK;
    }

    private static void count(Corpus part, Function<Fact, String> key, Map<String, Long> into) {
        part.facts().forEach(f -> into.merge(key.apply(f), 1L, Long::sum));
    }

    private static String joined(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
