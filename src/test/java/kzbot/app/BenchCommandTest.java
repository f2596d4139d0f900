package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;

/** Runs the benchmark briefly and checks the shape of what it prints, never its numbers. */
class BenchCommandTest {
    private static final Pattern LAST_LINE = Pattern.compile("bench: p50_us=\\d+ p99_us=\\d+ qps_1t=\\d+ qps_2t=\\d+"
            + " load_ms=\\d+ heap_mb=\\d+\\.\\d ingest_ms=\\d+ per_article_ms=\\d+\\.\\d");

    @TempDir
    static Path tmp;
    static Path db;
    static Path questions;

    @BeforeAll
    static void seedsAndQuestions() throws IOException {
        db = TestKzbot.database(TestKzbot.SEEDS);
        questions = tmp.resolve("questions.txt");
        Files.write(questions, List.of("kz pakistan trade 2023", "What did Kazakhstan and Malaysia sign?",
                "When did Uzbekistan recognise Kazakhstan?", "hello"), StandardCharsets.UTF_8);
    }

    private static String[] args(String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("bench", "--seconds", "1", "--warmup", "0", "--db", db.toString(),
                "--models", TestKzbot.MODELS.toString(), "--sources", TestKzbot.SEEDS.toString(), "--questions",
                questions.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void endsWithTheBenchLineIncludingIngestFigures() {
        IngestCommandTest.Result r = IngestCommandTest.run(args("--articles", "5"));
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        String last = lines[lines.length - 1];
        assertTrue(LAST_LINE.matcher(last).matches(), last);
        assertTrue(r.out().contains("5 articles"), r.out());
    }

    @Test
    void printsOnlyJsonWithTheSameKeys() throws IOException {
        IngestCommandTest.Result r = IngestCommandTest.run(args("--json"));
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("bench:"), r.out());
        Map<?, ?> figures = new ObjectMapper().readValue(r.out(), Map.class);
        for (String key : List.of("p50_us", "p99_us", "qps_1t", "qps_2t", "load_ms", "heap_mb")) {
            assertTrue(figures.get(key) instanceof Number, key + " in " + r.out());
        }
        assertFalse(figures.containsKey("ingest_ms"), r.out());
    }

    @Test
    void aMissingQuestionFileIsNoInput() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "--questions", tmp.resolve("nope.tsv").toString(), "--db", db.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(ExitCodes.NO_INPUT, code, err.toString());
    }
}
