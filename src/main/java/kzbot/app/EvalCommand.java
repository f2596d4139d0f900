package kzbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import kzbot.answer.Answerer;
import kzbot.cli.DevSetEvaluation;
import kzbot.ingest.IngestException;
import kzbot.ingest.Ingester;
import kzbot.ingest.SentenceSplitter;
import kzbot.store.SqliteCorpusWriter;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores kzbot on an evaluation set (the format of data/eval/README.md).",
                "With --with-sources, over a temporary database of --sources plus those articles."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Parameters(paramLabel = "FILE.tsv", description = "the evaluation set")
    Path file;

    @Option(names = "--verbose", description = "print every miss with the answer given")
    boolean verbose;

    @Option(names = "--with-sources", paramLabel = "DIR",
            description = "also ingest the articles of DIR (repeatable) beside --sources into a temporary database and answer from it")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "DIR", description = "the corpus the extra articles join (default: ${DEFAULT-VALUE})")
    Path sources = Home.resolve("data/sources");

    @Override
    public Integer call() throws IOException {
        List<DevSetEvaluation.Row> rows;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = DevSetEvaluation.read(in);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.NO_INPUT, file + ": cannot read (" + IngestException.describe(e) + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IngestException(IngestException.Reason.BAD_DATA, file + ": " + e.getMessage(), e);
        }
        if (extra.isEmpty()) {
            score(rows, Wiring.answerer(paths));
            return ExitCodes.OK;
        }
        Path dir = Files.createTempDirectory("kzbot-eval");
        try {
            List<Path> folders = new ArrayList<>(List.of(sources));
            folders.addAll(extra);
            Path db = dir.resolve("eval.db");
            new SqliteCorpusWriter().write(Ingester.english()
                    .ingest(folders), db);
            score(rows, Wiring.answerer(paths, db));
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return ExitCodes.OK;
    }

    private void score(List<DevSetEvaluation.Row> rows, Answerer answerer) {
        DevSetEvaluation.print(DevSetEvaluation.score(rows, answerer::answer), spec.commandLine().getOut(), verbose);
    }
}
