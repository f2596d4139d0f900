package kzbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kzbot.TestKzbot;
import kzbot.cli.DevSetEvaluation;

/**
 * The evaluation sets the repository carries, each with the answerer over its articles: dev (the
 * seeds), dev2's questions and seeds (the seeds and dev2's three articles), and every blind set
 * (the seeds and its own articles). Answers are worked out once per test run and shared.
 */
final class EvaluationSets {
    /** One set: its name (also the golden file's), its rows and the articles its answerer reads. */
    record Set(String name, Path questions, Path extraSources) {
        List<DevSetEvaluation.Row> rows() {
            return TestKzbot.rows(questions);
        }

        Answerer answerer() {
            return extraSources == null ? TestKzbot.seeds() : TestKzbot.answererWith(extraSources);
        }
    }

    private static final Map<String, DevSetEvaluation.Score> SCORES = new java.util.concurrent.ConcurrentHashMap<>();

    private EvaluationSets() {
    }

    static List<Set> all() {
        List<Set> out = new ArrayList<>();
        out.add(new Set("dev", TestKzbot.DEV, null));
        out.add(new Set("dev2-questions", TestKzbot.DEV2_QUESTIONS, TestKzbot.DEV2_SOURCES));
        out.add(new Set("dev2-seeds", TestKzbot.DEV2_SEEDS, TestKzbot.DEV2_SOURCES));
        TestKzbot.blindSets().forEach(d -> out.add(new Set("blind-" + d.getFileName(), d.resolve("questions.tsv"), d.resolve("sources"))));
        return out;
    }

    /** The set's score, with every row's answer, worked out once. */
    static synchronized DevSetEvaluation.Score score(Set set) {
        return SCORES.computeIfAbsent(set.name(), k -> DevSetEvaluation.score(set.rows(), set.answerer()::answer));
    }

    /** Every row's answer of the set, by row id, in the set's order. */
    static Map<String, Answer> answers(Set set) {
        Map<String, Answer> out = new LinkedHashMap<>();
        score(set).results().forEach(r -> out.put(r.row().id(), r.answer()));
        return out;
    }
}
